import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OcrLayout } from './ocr-text-layout.js';
import { recognizePage } from './page-recognition.js';
import type { OcrWorker } from './tesseract-worker.js';

// The three-line Khmer paragraph scan: its image has three ink bands.
const image = { png: readFileSync(new URL('./test-data/crop-khm-para1-scan.png', import.meta.url)), dpi: 300 };

const layoutWithLines = (count: number): OcrLayout => ({
  paragraphs: [Array.from({ length: count }, (_, i) => [{ text: `បន្ទាត់${i}`, confidence: 0.9 }])],
});

/** A worker that answers each page segmentation mode with a fixed number of lines. */
function workerReading(linesByPsm: Record<number, number>) {
  const calls: { psm: number; dpi: number }[] = [];
  const worker: OcrWorker = {
    recognize: async (_png, settings) => {
      calls.push(settings);
      return layoutWithLines(linesByPsm[settings.psm] ?? 0);
    },
    terminate: async () => {},
  };
  return { worker, calls };
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

  it('uses the mode the caller forces, without a second pass', async () => {
    const { worker, calls } = workerReading({ 4: 1 });
    const result = await recognizePage(worker, image, { psm: 4 });
    expect(calls.map((call) => call.psm)).toEqual([4]);
    expect(result.psmReason).toBe('psm 4 requested by the caller');
  });
});
