import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunOptions, RunOptionsSchema } from '../config/run-options.js';
import type { ImportJob, JobOutcome, JobRunner } from './job-runner.js';

/** Opens a runner for the suite over `options` (its `out`, its `inputRoots`); `close` frees all of it. */
export type OpenRunner = (options: RunOptions) => Promise<{ runner: JobRunner; close(): Promise<void> }>;

/**
 * The conformance suite every `JobRunner` passes: the in-process threads and BullMQ alike store
 * the same release, report document faults as permanent failures with their code, and refuse a
 * path that leads out of its root.
 */
export function describeJobRunner(name: string, open: OpenRunner): void {
  describe(`${name} job runner`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'presspipe-runner-'));
    const root = join(dir, 'archive');
    const options = RunOptionsSchema.parse({ pipeline: {}, out: join(dir, 'out'), concurrency: 2, inputRoots: [root], documentTimeoutMs: 60_000 });
    let opened: Awaited<ReturnType<OpenRunner>>;

    const file = (relativePath: string, content: string | Uint8Array): ImportJob => {
      const path = join(root, relativePath);
      writeFileSync(path, content);
      return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), root, relativePath };
    };
    const runAll = async (jobs: ImportJob[]) => {
      const outcomes: JobOutcome[] = [];
      await opened.runner.run(jobs, (o) => outcomes.push(o));
      return new Map(outcomes.map((o) => [o.sha256, o]));
    };

    beforeAll(async () => {
      await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
      opened = await open(options);
    }, 60_000);
    afterAll(async () => opened?.close());

    it('stores a release, fails bad input for good with its code, and reports each job once', async () => {
      const good = file('release.txt', 'Phnom Penh, 04 March 2019 – “We will do it,” said Minister Sok Chan.\n');
      const bad = file('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));
      const outcomes = await runAll([good, bad]);
      expect(outcomes.size).toBe(2);
      expect(outcomes.get(good.sha256)).toMatchObject({ status: 'done', output: `${good.sha256}.json`, pages: 1, ocrPages: 0 });
      expect(outcomes.get(good.sha256)!.worker).toMatch(/.+:\d+$/);
      const release = JSON.parse(readFileSync(join(options.out, `${good.sha256}.json`), 'utf8'));
      expect(release).toMatchObject({ id: good.sha256, date: '2019-03-04', source: { filename: 'release.txt' } });
      expect(outcomes.get(bad.sha256)).toMatchObject({ status: 'failed', code: 'UNREADABLE_ENCODING', permanent: true });
      expect(outcomes.get(bad.sha256)!.hint).toMatch(/re-save the file as UTF-8/);
      expect(existsSync(join(options.out, `${bad.sha256}.json`))).toBe(false);
    }, 120_000);

    it('refuses a symlink that leads out of the input root, and writes nothing', async () => {
      const outside = join(dir, 'secret.txt');
      writeFileSync(outside, 'Phnom Penh, 1 May 2020 – not for the archive.\n');
      symlinkSync(outside, join(root, 'link.txt'));
      const sha256 = createHash('sha256').update(readFileSync(outside)).digest('hex');
      const outcomes = await runAll([{ sha256, root, relativePath: 'link.txt' }]);
      expect(outcomes.get(sha256)).toMatchObject({ status: 'failed', code: 'OUTSIDE_INPUT_ROOTS', permanent: true });
      expect(existsSync(join(options.out, `${sha256}.json`))).toBe(false);
    }, 120_000);

    it('fails a file whose bytes are not the ones hashed, for good', async () => {
      const changed = file('changed.txt', 'Phnom Penh, 2 May 2020 – first version.\n');
      writeFileSync(join(root, 'changed.txt'), 'Phnom Penh, 2 May 2020 – second version.\n');
      const outcomes = await runAll([changed]);
      expect(outcomes.get(changed.sha256)).toMatchObject({ status: 'failed', code: 'CHANGED_ON_DISK', permanent: true });
    }, 120_000);
  });
}
