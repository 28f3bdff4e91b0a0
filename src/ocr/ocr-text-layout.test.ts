import { describe, expect, it } from 'vitest';
import { layoutToText } from './ocr-text-layout.js';

describe('layoutToText', () => {
  it('puts lines on their own line, paragraphs after a blank line, and points words into the text', () => {
    const laidOut = layoutToText({
      paragraphs: [
        [
          [{ text: 'រាជធានីភ្នំពេញ', confidence: 0.9 }, { text: 'ថ្ងៃទី០៤ ', confidence: 0.7 }],
          [{ text: 'UNDP', confidence: 0.8 }],
        ],
        [[], [{ text: ' ', confidence: 0.1 }]],
        [[{ text: 'Phnom', confidence: 1 }, { text: 'Penh', confidence: 0.6 }]],
      ],
    });
    expect(laidOut.text).toBe('រាជធានីភ្នំពេញ ថ្ងៃទី០៤\nUNDP\n\nPhnom Penh');
    expect(laidOut.words.map((word) => laidOut.text.slice(word.start, word.end))).toEqual(['រាជធានីភ្នំពេញ', 'ថ្ងៃទី០៤', 'UNDP', 'Phnom', 'Penh']);
    expect(laidOut.lines).toBe(3);
    expect(laidOut.confidence).toBeCloseTo(0.8);
  });

  it('gives an empty page zero lines and zero confidence', () => {
    expect(layoutToText({ paragraphs: [] })).toEqual({ text: '', words: [], confidence: 0, lines: 0 });
  });
});
