import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { directoryReleaseStore } from '../src/store/directory-release-store.js';
import { manyFrameTiff } from './many-frame-tiff.js';

// Inputs that once hung a worker or took gigabytes; each must now end at once with a code.
const dir = mkdtempSync(join(tmpdir(), 'presspipe-bounded-'));
const options = PipelineOptionsSchema.parse({});
const context = { options, deps: { ocr: createFakeOcrEngine(() => 'a page') }, store: directoryReleaseStore(join(dir, 'out')) };

/** Runs one file through the use case and measures it. */
async function measure(path: string) {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const error = await ingestFile({ path }, context).then(
    () => undefined,
    (caught: { code?: string }) => caught,
  );
  return { code: error?.code, ms: performance.now() - started, rssGrowthMb: (process.memoryUsage().rss - before) / 2 ** 20 };
}

describe('bounded work per input', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const result = await measure(fifo);
    expect(result.code).toBe('NOT_A_REGULAR_FILE');
    expect(result.ms).toBeLessThan(2_000);
  });

  it('refuses a symlink to /dev/zero without reading a byte', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const result = await measure(join(dir, 'zero.txt'));
    expect(result.code).toBe('NOT_A_REGULAR_FILE');
    expect(result.rssGrowthMb).toBeLessThan(50);
  });

  it('refuses a 300 MiB file by its size before reading it', async () => {
    const big = join(dir, 'big.pdf');
    writeFileSync(big, '%PDF-1.7\n');
    truncateSync(big, 300 * 2 ** 20);
    const result = await measure(big);
    expect(result.code).toBe('INPUT_TOO_LARGE');
    expect(result.ms).toBeLessThan(2_000);
    expect(result.rssGrowthMb).toBeLessThan(50);
  });

  it('refuses a small TIFF of 20 frames of 100 MP from its headers, decoding no frame', async () => {
    const tiff = join(dir, 'frames.tiff');
    writeFileSync(tiff, manyFrameTiff(20, 10_000));
    const result = await measure(tiff);
    expect(result.code).toBe('INPUT_TOO_LARGE');
    expect(result.ms).toBeLessThan(5_000);
    expect(result.rssGrowthMb).toBeLessThan(100);
  });

  it('refuses a 23 MB text by its size instead of running the field rules over it', async () => {
    const text = join(dir, 'huge.txt');
    writeFileSync(text, 'Phnom Penh, 04 March 2019 – A line of a very long text.\n'.repeat(420_000));
    const result = await measure(text);
    expect(result.code).toBe('INPUT_TOO_LARGE');
    expect(result.ms).toBeLessThan(2_000);
  });
});
