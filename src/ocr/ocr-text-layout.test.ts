import { describe, expect, it } from 'vitest';
import { layoutToText, type LayoutLine } from './ocr-text-layout.js';

const line = (baseline: number, height: number, ...words: [string, number][]): LayoutLine => ({
  words: words.map(([text, confidence]) => ({ text, confidence })),
  baseline,
  height,
  startsParagraph: false,
});
const paragraphStart = (l: LayoutLine): LayoutLine => ({ ...l, startsParagraph: true });

describe('layoutToText', () => {
  it('puts lines on their own line, a blank line where the spacing widens, and points words into the text', () => {
    const laidOut = layoutToText({
      blocks: [
        [
          line(100, 60, ['រាជធានីភ្នំពេញ', 0.9], ['ថ្ងៃទី០៤ ', 0.7]),
          line(210, 60, ['UNDP', 0.8]),
          line(250, 60, [' ', 0.1]),
          line(350, 60, ['Phnom', 1], ['Penh', 0.6]),
        ],
      ],
    });
    expect(laidOut.text).toBe('រាជធានីភ្នំពេញ ថ្ងៃទី០៤\nUNDP\n\nPhnom Penh');
    expect(laidOut.words.map((word) => laidOut.text.slice(word.start, word.end))).toEqual(['រាជធានីភ្នំពេញ', 'ថ្ងៃទី០៤', 'UNDP', 'Phnom', 'Penh']);
    expect(laidOut.lines).toBe(3);
    expect(laidOut.confidence).toBeCloseTo(0.8);
  });

  it('separates a heading, a title and a dateline that tesseract gave as one paragraph', () => {
    const laidOut = layoutToText({
      blocks: [
        [
          line(540, 57, ['PRESS', 0.96], ['RELEASE', 0.96]),
          line(693, 51, ['Sparking', 0.95], ['innovation', 0.96]),
          line(763, 50, ['in', 0.95], ['the', 0.96], ['public', 0.95], ['sector', 0.96]),
          line(893, 39, ['Phnom', 0.9], ['Penh,', 0.9], ['4', 0.9], ['March', 0.9], ['2019', 0.9], ['—', 0.4], ['The', 0.9]),
          line(947, 40, ['government', 0.95], ['and', 0.96]),
          line(1001, 40, ['UNDP', 0.95], ['met.', 0.96]),
          line(1109, 40, ['Next', 0.95], ['paragraph.', 0.96]),
        ],
      ],
    });
    expect(laidOut.text).toBe(
      'PRESS RELEASE\n\nSparking innovation\nin the public sector\n\nPhnom Penh, 4 March 2019 — The\ngovernment and\nUNDP met.\n\nNext paragraph.',
    );
  });

  it('keeps the paragraphs tesseract found where the spacing does not show them', () => {
    const laidOut = layoutToText({
      blocks: [
        [
          line(292, 44, ['PRESS', 0.96], ['RELEASE', 0.96]),
          paragraphStart(line(384, 48, ['ផ្តួចផ្តើមនវានុវត្តន៍', 0.5])),
          paragraphStart(line(476, 43, ['រាជធានីភ្នំពេញ', 0.9], ['ថ្ងៃទី០៤', 0.9])),
          line(551, 33, ['សិក្ខាសាលាថ្នាក់ជាតិមួយ', 0.9]),
          line(626, 43, ['ខិតខំប្រឹងប្រែង', 0.9]),
        ],
      ],
    });
    expect(laidOut.text).toBe('PRESS RELEASE\n\nផ្តួចផ្តើមនវានុវត្តន៍\n\nរាជធានីភ្នំពេញ ថ្ងៃទី០៤\nសិក្ខាសាលាថ្នាក់ជាតិមួយ\nខិតខំប្រឹងប្រែង');
  });

  it('reads three or more hyphens between words as the dash they were', () => {
    const laidOut = layoutToText({ blocks: [[line(100, 60, ['ខេត្តកណ្តាល', 0.9], ['---', 0.6], ['ខណៈ', 0.9]), line(200, 60, ['---', 0.9])]] });
    expect(laidOut.text).toBe('ខេត្តកណ្តាល — ខណៈ\n---');
  });

  it('starts every block on a new paragraph', () => {
    const laidOut = layoutToText({ blocks: [[line(100, 40, ['left', 0.9])], [line(100, 40, ['right', 0.9])]] });
    expect(laidOut.text).toBe('left\n\nright');
  });

  it('leaves out marks and lines read from a logo, and says what it left out', () => {
    const laidOut = layoutToText({
      blocks: [
        [
          line(300, 41, [':', 0.51], ['@', 0.56]),
          line(318, 60, ['or', 0.01], ['20%', 0.22]),
          line(443, 155, ['wv', 0.37], ['SEniosc', 0], ['Singtel', 0.93]),
          line(541, 90, ['Media', 0.9], ['Release', 0.96]),
          line(600, 90, ['១', 0.9], ['Bullet', 0.9]),
          line(700, 60, ['បដិវត្តន៍ឧស្សាហកម្មទីបួន', 0.3], ['=', 0.55], ['ដែលនាំមក', 0.35], ['—', 0.36], ['UNDP', 0.48]),
        ],
      ],
    });
    expect(laidOut.text).toBe('Media Release\n\nBullet\n\nបដិវត្តន៍ឧស្សាហកម្មទីបួន ដែលនាំមក — UNDP');
    expect(laidOut.droppedLines).toEqual([': @', 'or 20%', 'wv SEniosc Singtel']);
    expect(laidOut.droppedMarks).toEqual(['១', '=']);
    expect(laidOut.lines).toBe(6);
    expect(laidOut.words.map((word) => laidOut.text.slice(word.start, word.end))).toEqual([
      'Media',
      'Release',
      'Bullet',
      'បដិវត្តន៍ឧស្សាហកម្មទីបួន',
      'ដែលនាំមក',
      '—',
      'UNDP',
    ]);
  });

  it('gives an empty page zero lines and zero confidence', () => {
    expect(layoutToText({ blocks: [] })).toEqual({ text: '', words: [], confidence: 0, lines: 0, droppedLines: [], droppedMarks: [] });
  });
});
