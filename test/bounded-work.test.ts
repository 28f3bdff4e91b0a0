import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { ingestFile } from '../src/ingest/ingest-file.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { directoryReleaseStore } from '../src/store/directory-release-store.js';

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

/** A TIFF of `frames` pages of `side` × `side` pixels whose headers are real and whose pixels are absent. */
function manyFrameTiff(frames: number, side: number): Buffer {
  const entries = 8;
  const ifdSize = 2 + entries * 12 + 4;
  const buffer = Buffer.alloc(8 + frames * ifdSize);
  buffer.write('II', 0, 'latin1');
  buffer.writeUInt16LE(42, 2);
  buffer.writeUInt32LE(8, 4);
  for (let f = 0; f < frames; f += 1) {
    const at = 8 + f * ifdSize;
    buffer.writeUInt16LE(entries, at);
    const tags: [number, number, number][] = [
      [256, 4, side], // ImageWidth
      [257, 4, side], // ImageLength
      [258, 3, 1], // BitsPerSample
      [259, 3, 1], // Compression: none
      [262, 3, 0], // Photometric: white is zero
      [273, 4, 0], // StripOffsets
      [278, 4, side], // RowsPerStrip
      [279, 4, (side * side) / 8], // StripByteCounts
    ];
    tags.forEach(([tag, type, value], i) => {
      const e = at + 2 + i * 12;
      buffer.writeUInt16LE(tag, e);
      buffer.writeUInt16LE(type, e + 2);
      buffer.writeUInt32LE(1, e + 4);
      if (type === 3) buffer.writeUInt16LE(value, e + 8);
      else buffer.writeUInt32LE(value, e + 8);
    });
    buffer.writeUInt32LE(f + 1 < frames ? at + ifdSize : 0, at + 2 + entries * 12);
  }
  return buffer;
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
