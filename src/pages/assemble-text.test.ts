import { describe, expect, it } from 'vitest';
import { assembleText } from './assemble-text.js';
import type { PageContent } from './page-content.js';

const page = (n: number, text: string, extra: Partial<PageContent> = {}): PageContent => ({
  page: n,
  text,
  method: 'text-layer',
  reason: 'test',
  ...extra,
});

describe('assembleText', () => {
  it('joins a quote that runs across a page break and knows which page each part is on', () => {
    const a = assembleText(
      [page(1, '“They help Cambodia stay regionally\nand globally competitive,'), page(2, 'and realize its goals,” said\nthe Minister.')],
      'laid-out',
    );
    expect(a.text).toBe('“They help Cambodia stay regionally and globally competitive, and realize its goals,” said the Minister.');
    expect(a.locate(a.text.indexOf('They'), a.text.indexOf('They') + 4).page).toBe(1);
    expect(a.locate(a.text.indexOf('realize'), a.text.indexOf('realize') + 7).page).toBe(2);
  });

  it('keeps authored line breaks of plain text', () => {
    expect(assembleText([page(1, 'headline\nfirst paragraph.')], 'authored').text).toBe('headline\nfirst paragraph.');
  });

  it('carries the OCR confidence of the words a span came from', () => {
    const text = 'Phnom Penh, 04 March 2019';
    const a = assembleText(
      [
        page(1, text, {
          method: 'ocr',
          words: [
            { start: 0, end: 5, confidence: 0.9 },
            { start: 6, end: 11, confidence: 0.5 },
            { start: 12, end: 14, confidence: 0.8 },
          ],
        }),
      ],
      'laid-out',
    );
    expect(a.locate(0, 5).confidence).toBe(0.9);
    expect(a.locate(0, 10).confidence).toBeCloseTo((0.9 * 5 + 0.5 * 4) / 9, 3);
    expect(a.locate(15, 20).confidence).toBeUndefined();
  });
});
