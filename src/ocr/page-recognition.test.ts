import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OcrLayout } from './ocr-text-layout.js';
import { recognizePage } from './page-recognition.js';
import type { OcrWorker, OcrWorkerSettings } from './tesseract-worker.js';

// The three-line Khmer paragraph scan: its image has three ink bands.
const image = { encoded: readFileSync(new URL('./test-data/crop-khm-para1-scan.png', import.meta.url)), dpi: 300 };

const layoutWithLines = (count: number): OcrLayout => ({
  blocks: [Array.from({ length: count }, (_, i) => ({ words: [{ text: `បន្ទាត់${i}`, confidence: 0.9 }], baseline: 100 + 50 * i, height: 40, startsParagraph: i === 0 }))],
});

/** A worker that answers each page segmentation mode with a fixed number of lines. */
function workerReading(linesByPsm: Record<number, number>) {
  const calls: OcrWorkerSettings[] = [];
  const images: Uint8Array[] = [];
  const worker: OcrWorker = {
    recognize: async (pixels, settings) => {
      calls.push(settings);
      images.push(pixels);
      return layoutWithLines(linesByPsm[settings.psm] ?? 0);
    },
    terminate: async () => {},
  };
  return { worker, calls, images };
}

describe('recognizePage', () => {
  it('reads with PSM 6 only when its lines match the ink bands', async () => {
    const { worker, calls } = workerReading({ 6: 3, 4: 3 });
    const result = await recognizePage(worker, image);
    expect(calls).toEqual([{ psm: 6, dpi: 300 }]);
    expect(result).toMatchObject({ psm: 6, lines: 3, inkBands: 3 });
  });

  it('tries PSM 4 when PSM 6 lost a line, and keeps it', async () => {
    const { worker, calls } = workerReading({ 6: 2, 4: 3 });
    const result = await recognizePage(worker, image);
    expect(calls.map((call) => call.psm)).toEqual([6, 4]);
    expect(result.psm).toBe(4);
    expect(result.psmReason).toContain('psm 6: 2 lines');
    expect(result.text.split('\n')).toHaveLength(3);
  });

  it('hands the worker the same straightened PGM pixels from a PNG as from its gray pixels', async () => {
    const skewed = await sharp(image.encoded).rotate(3, { background: '#ffffff' }).png().toBuffer();
    const { worker, images } = workerReading({ 6: 3 });
    const fromPng = await recognizePage(worker, { encoded: skewed, dpi: 300 });
    const { data, info } = await sharp(skewed).greyscale().raw().toBuffer({ resolveWithObject: true });
    const fromGray = await recognizePage(worker, { gray: { data, width: info.width, height: info.height }, dpi: 300 });
    expect(fromPng.skewDegrees).toBeGreaterThan(3);
    expect(fromGray.skewDegrees).toBe(fromPng.skewDegrees);
    expect(new TextDecoder().decode(images[0]!.subarray(0, 3))).toBe('P5\n');
    // Buffer.equals: vitest's deep equality walks a megabyte of pixels one by one.
    expect(Buffer.from(images[1]!).equals(Buffer.from(images[0]!))).toBe(true);
  });

  it('uses the mode the caller forces, without a second pass', async () => {
    const { worker, calls } = workerReading({ 4: 1 });
    const result = await recognizePage(worker, image, { psm: 4 });
    expect(calls.map((call) => call.psm)).toEqual([4]);
    expect(result.psmReason).toBe('psm 4 requested by the caller');
  });
});
