import { describe, expect, it } from 'vitest';
import { layoutToText } from './ocr-text-layout.js';
import { chooseSegmentation, looksIncomplete } from './page-segmentation-choice.js';

const lines = (count: number, confidence: number) =>
  layoutToText({
    blocks: [Array.from({ length: count }, (_, i) => ({ words: [{ text: `ខ្មែរ${i}`, confidence }], baseline: 100 + 50 * i, height: 40, startsParagraph: i === 0 }))],
  });

describe('chooseSegmentation', () => {
  it('flags a reading with clearly fewer lines than ink bands, however confident', () => {
    expect(looksIncomplete(lines(7, 0.93), 10)).toBe(true);
    expect(looksIncomplete(lines(9, 0.5), 10)).toBe(false);
  });

  it('keeps the fallback when the first reading lost lines', () => {
    const choice = chooseSegmentation([{ psm: 6, result: lines(6, 0.92) }, { psm: 4, result: lines(10, 0.9) }], 10);
    expect(choice.chosen.psm).toBe(4);
    expect(choice.reason).toContain('kept psm 4');
  });

  it('keeps the first reading when the fallback reads garbage', () => {
    const choice = chooseSegmentation([{ psm: 6, result: lines(7, 0.9) }, { psm: 4, result: lines(10, 0.2) }], 10);
    expect(choice.chosen.psm).toBe(6);
  });

  it('explains a lone reading', () => {
    expect(chooseSegmentation([{ psm: 6, result: lines(3, 0.9) }], 3).reason).toBe('psm 6: 3 lines, score 16 for 3 ink bands; lines match ink bands');
  });
});
