import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRedis, TEST_REDIS_URL } from '../../test/test-redis.js';
import { RunOptionsSchema } from '../config/run-options.js';
import { startExtractWorker } from '../queue/extract-worker.js';
import { openRedis } from '../queue/redis-connection.js';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'presspipe-import-'));
const archive = join(dir, 'archive');
const bin = join(import.meta.dirname, '../../bin/presspipe.js');
const queues: string[] = [];
const newQueue = () => {
  const name = `presspipe-import-test-${process.pid}-${queues.length}-${Date.now()}`;
  queues.push(name);
  return name;
};
const onError = (m: string) => console.error(`redis: ${m}`);
const connection = openRedis(TEST_REDIS_URL, onError);

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
};
const write = (relativePath: string, content: string | Uint8Array) => {
  mkdirSync(join(archive, relativePath, '..'), { recursive: true });
  writeFileSync(join(archive, relativePath), content);
};
const manifest = (out: string) => readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const jsonFiles = (out: string) => readdirSync(out).filter((f) => f.endsWith('.json')).sort();
const startWorker = (queue: string, out: string, inputRoots: string[]) =>
  startExtractWorker(
    { ...RunOptionsSchema.parse({ pipeline: {}, out, concurrency: 2, inputRoots, queue }), redisUrl: TEST_REDIS_URL },
    { onError },
  );
const until = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

beforeAll(async () => {
  await requireRedis();
  write('2019/march/release.txt', 'Phnom Penh, 04 March 2019 – “We will do it,” said Minister Sok Chan.\n');
  write('2019/march/copy under another name.PDF', 'Phnom Penh, 04 March 2019 – “We will do it,” said Minister Sok Chan.\n');
  write('2020/siem-reap', 'Siem Reap, 1 May 2020 – A release without an extension.\n');
  write('2020/bad/latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));
  write('2020/bad/empty.txt', '');
  write('2020/bad/zip-named.pdf', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  execFileSync('mkfifo', [join(archive, '2020/bad/pipe')]);
  symlinkSync('/dev/zero', join(archive, '2020/bad/zero'));
});

afterAll(async () => {
  for (const name of queues) {
    const queue = new Queue(name, { connection });
    await queue.obliterate({ force: true });
    await queue.close();
  }
  await connection.quit();
});

describe('presspipe import of a folder', () => {
  const out = join(dir, 'out-in-process');
  const queuedOut = join(dir, 'out-queued');
  const inputs = 8;

  it('gives every input path a manifest line and every good one its JSON; a second run does no work and says so', async () => {
    const first = await run(['import', archive, '--out', out, '--concurrency', '2']);
    expect(first.code).toBe(EXIT.badInput);
    const lines = manifest(out);
    expect(lines).toHaveLength(inputs);
    const byName = Object.fromEntries(lines.map((l) => [l.path.slice(archive.length + 1), l]));
    // The first name in walk order is extracted; the other name of the same bytes points to it.
    expect(byName['2019/march/copy under another name.PDF']).toMatchObject({ status: 'done', pages: 1, ocrPages: 0 });
    expect(byName['2019/march/release.txt']).toMatchObject({
      status: 'done',
      output: byName['2019/march/copy under another name.PDF'].output,
      sameAs: join(archive, '2019/march/copy under another name.PDF'),
    });
    expect(byName['2020/siem-reap']).toMatchObject({ status: 'done' });
    expect(byName['2020/bad/latin1.txt']).toMatchObject({ status: 'failed', code: 'UNREADABLE_ENCODING', permanent: true });
    expect(byName['2020/bad/empty.txt']).toMatchObject({ status: 'failed', code: 'EMPTY_INPUT' });
    expect(byName['2020/bad/zip-named.pdf']).toMatchObject({ status: 'failed', code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(byName['2020/bad/pipe']).toMatchObject({ status: 'failed', code: 'NOT_A_REGULAR_FILE' });
    expect(byName['2020/bad/zero']).toMatchObject({ status: 'failed', code: 'NOT_A_REGULAR_FILE' });
    for (const line of lines.filter((l) => l.status === 'done')) expect(existsSync(join(out, line.output))).toBe(true);
    expect(jsonFiles(out)).toHaveLength(2);

    const second = await run(['import', archive, '--out', out, '--concurrency', '2']);
    expect(second.stderr).toMatch(/^nothing to do: 8 files \(5 distinct\), 3 already in/m);
    expect(manifest(out).filter((l) => l.status === 'done')).toEqual([]);
    expect(manifest(out)).toHaveLength(inputs);
  }, 180_000);

  it('gives the same release JSON queued through Redis as in-process', async () => {
    const queue = newQueue();
    const worker = await startWorker(queue, queuedOut, [archive]);
    try {
      const queued = await run(['import', archive, '--out', queuedOut, '--redis', TEST_REDIS_URL, '--queue', queue]);
      expect(queued.code).toBe(EXIT.badInput);
      expect(manifest(queuedOut)).toHaveLength(inputs);
      expect(jsonFiles(queuedOut)).toEqual(jsonFiles(out));
      for (const file of jsonFiles(out)) expect(readFileSync(join(queuedOut, file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'));

      const again = await run(['import', archive, '--out', queuedOut, '--redis', TEST_REDIS_URL, '--queue', queue]);
      expect(again.stderr).toMatch(/^nothing to do/m);
    } finally {
      await worker.close();
    }
  }, 180_000);
});

describe('a mistyped queue name', () => {
  it('makes `status` and `retry` exit 2 with one line that names the queues there are', async () => {
    const queue = newQueue();
    const existing = new Queue(queue, { connection });
    await existing.add('extract', { sha256: 'd'.repeat(64), path: 'x.txt' }, { jobId: 'd'.repeat(64) });
    await existing.close();
    for (const command of ['status', 'retry']) {
      const result = await run([command, '--redis', TEST_REDIS_URL, '--queue', `${queue}-typo`]);
      expect(result.code).toBe(EXIT.usage);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`presspipe ${command}: UNKNOWN_QUEUE: no queue named ${queue}-typo in this Redis (queues there: ${queue}`);
    }
  });
});

describe('retry after a machine fault', () => {
  it('leaves a job failed as retryable while the mount is missing, and `retry` completes it once the mount is back', async () => {
    const queue = newQueue();
    const source = join(dir, 'share');
    const mount = join(dir, 'mnt');
    const out = join(dir, 'out-retry');
    mkdirSync(source);
    writeFileSync(join(source, 'late.txt'), 'Kampot, 3 June 2021 – The mount was late.\n');
    const worker = await startWorker(queue, out, [mount]);
    try {
      const imported = await run(['import', source, '--out', out, '--redis', TEST_REDIS_URL, '--queue', queue]);
      expect(imported.code).toBe(EXIT.badInput);
      expect(manifest(out)[0]).toMatchObject({ status: 'failed', code: 'FILE_UNREADABLE', permanent: false });
      const [failed] = await new Queue(queue, { connection }).getFailed();
      expect(failed).toMatchObject({ attemptsMade: 3, stacktrace: [] });

      symlinkSync(source, mount);
      const retried = await run(['retry', '--code', 'FILE_UNREADABLE', '--redis', TEST_REDIS_URL, '--queue', queue]);
      expect(retried.stdout).toBe('retrying 1 failed document with code FILE_UNREADABLE\n');
      const status = async () => JSON.parse((await run(['status', '--json', '--redis', TEST_REDIS_URL, '--queue', queue])).stdout);
      await until('the retried job', async () => (await status()).counts.completed === 1, 60_000);
      expect(jsonFiles(out)).toHaveLength(1);
      expect((await status()).failures).toEqual([]);
    } finally {
      await worker.close();
    }
  }, 120_000);
});

describe('jobs written straight into Redis', () => {
  it('are refused with a code and write nothing when they point outside the input roots or carry a path-like id', async () => {
    const queueName = newQueue();
    const out = join(dir, 'out-hostile');
    writeFileSync(join(dir, 'secret.txt'), 'Phnom Penh, 9 May 2022 – private.\n');
    const worker = await startWorker(queueName, out, [archive]);
    const queue = new Queue(queueName, { connection });
    const sha256 = 'a'.repeat(64);
    try {
      await queue.add('extract', { sha256, path: '../secret.txt' }, { jobId: sha256 });
      await queue.add('extract', { sha256: 'b'.repeat(64), path: '/etc/passwd' }, { jobId: 'b'.repeat(64) });
      await queue.add('extract', { sha256, path: '2020/siem-reap' }, { jobId: '../../..' });
      await queue.add('extract', { sha256, path: '2020/siem-reap', outDir: '/proc' }, { jobId: 'c'.repeat(64) });
      await until('the hostile jobs to fail', async () => (await queue.getJobCounts('failed')).failed === 4, 60_000);
      const reasons = (await queue.getFailed()).map((job) => JSON.parse(job.failedReason));
      expect(reasons.map((r) => r.code)).toEqual(['BAD_JOB', 'BAD_JOB', 'BAD_JOB', 'BAD_JOB']);
      expect(reasons.every((r) => r.permanent)).toBe(true);
      expect((await queue.getFailed()).map((job) => job.attemptsMade)).toEqual([1, 1, 1, 1]);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    } finally {
      await worker.close();
      await queue.close();
    }
  }, 90_000);
});

describe('a worker SIGKILLed mid-OCR', () => {
  it('has its job completed exactly once by another worker within 60 s of the kill', async () => {
    const queueName = newQueue();
    const root = join(dir, 'slow');
    const out = join(dir, 'out-killed');
    mkdirSync(root);
    // A scanned page: starting the OCR worker takes ~2 s and reading the page ~8 s more, so a kill
    // 5 s after the job starts lands in the OCR (on a busier machine, later in it).
    writeFileSync(join(root, 'scan.png'), readFileSync(join(import.meta.dirname, '../../fixtures/bilingual-seed.p1.png')));
    const startChild = (): ChildProcess =>
      spawn(process.execPath, [bin, 'worker', '--out', out, '--input-root', root, '--queue', queueName, '--redis', TEST_REDIS_URL, '--concurrency', '1', '--lock-duration', '10'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    const first = startChild();
    let second: ChildProcess | undefined;
    const queue = new Queue(queueName, { connection });
    try {
      const importing = run(['import', root, '--out', out, '--redis', TEST_REDIS_URL, '--queue', queueName]);
      await until('the job to start', async () => (await queue.getActiveCount()) === 1, 90_000);
      await new Promise((r) => setTimeout(r, 5_000));
      first.kill('SIGKILL');
      const killedAt = Date.now();
      second = startChild();
      const result = await importing;
      expect(result.code).toBe(EXIT.ok);
      const [job] = await queue.getCompleted();
      expect(job!.finishedOn! - killedAt).toBeLessThan(60_000);
      expect(await queue.getJobCounts('completed', 'failed', 'active', 'waiting')).toMatchObject({ completed: 1, failed: 0, active: 0, waiting: 0 });
      expect(readdirSync(out).sort()).toEqual([`${job!.id}.json`, 'index.sqlite', 'manifest.jsonl']);
      expect(manifest(out)).toEqual([expect.objectContaining({ status: 'done', ocrPages: 1, worker: `${hostname()}:${second.pid}` })]);
    } finally {
      first.kill('SIGKILL');
      second?.kill('SIGTERM');
      await queue.close();
    }
  }, 180_000);
});
