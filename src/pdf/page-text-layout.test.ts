import { describe, expect, it } from 'vitest';
import { groupLines, joinParagraphs, type PositionedText } from './page-text-layout.js';

/** A run of text with a 10-unit font; widths follow a fixed 5 units per character. */
function run(str: string, x: number, y: number, extra: Partial<PositionedText> = {}): PositionedText {
  return { str, x, y, width: str.length * 5, height: 10, hasEOL: false, ...extra };
}

describe('groupLines', () => {
  it('starts a line where pdf.js saw an end of line', () => {
    const lines = groupLines([run('first', 0, 100, { hasEOL: true }), run('second', 0, 100)]);
    expect(lines.map((line) => line.text)).toEqual(['first', 'second']);
  });

  it('starts a line where the baseline moves by more than half a line', () => {
    const lines = groupLines([run('first', 0, 100), run('second', 0, 88)]);
    expect(lines.map((line) => line.text)).toEqual(['first', 'second']);
  });

  it('keeps a Khmer vowel drawn 1.6 units below the baseline on its line', () => {
    const lines = groupLines([run('រាជធាន', 0, 679.1), run('ី', 30, 677.5, { width: 0 }), run('ភ្នំ', 30, 679.1)]);
    expect(lines.map((line) => line.text)).toEqual(['រាជធានីភ្នំ']);
  });

  it('collapses runs of whitespace and drops empty lines', () => {
    const lines = groupLines([run('a  ', 0, 100), run(' ', 15, 100, { height: 0 }), run(' b', 20, 100, { hasEOL: true }), run('   ', 0, 80)]);
    expect(lines.map((line) => line.text)).toEqual(['a b']);
  });

  it('puts runs drawn out of order back left to right, with spaces only at real gaps', () => {
    // Noto Sans Khmer pages: LibreOffice draws "(" and ")" first, then "UNDP" between them.
    const lines = groupLines([
      run('សហប្រជាជាតិ', 0, 100),
      run('(', 60, 100),
      run(' ', 65, 100, { height: 0, width: 31 }),
      run(')', 96, 100),
      run('UNDP', 65, 100, { width: 31 }),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['សហប្រជាជាតិ (UNDP)']);
  });
});

describe('joinParagraphs', () => {
  const line = (text: string, y: number, height = 10) => ({ text, y, height });

  it('separates paragraphs where the gap is clearly wider than the lines around it', () => {
    const text = joinParagraphs([line('a1', 100), line('a2', 86.7), line('a3', 73.4), line('b1', 53.4), line('b2', 40.1)]);
    expect(text).toBe('a1\na2\na3\n\nb1\nb2');
  });

  it('judges Khmer and English blocks each by their own line spacing', () => {
    // Measured on bilingual-p1.pdf: Khmer lines 2.45 heights apart, paragraphs 3.0; English 1.33 and 2.0.
    const khmer = [line('k1', 700, 11), line('k2', 673, 11), line('k3', 640, 11), line('k4', 613, 11)];
    const english = [line('e1', 560, 10.5), line('e2', 546, 10.5), line('e3', 525, 10.5), line('e4', 511, 10.5)];
    expect(joinParagraphs([...khmer, ...english])).toBe('k1\nk2\n\nk3\nk4\n\ne1\ne2\n\ne3\ne4');
  });

  it('ends a paragraph at a line that stopped short of its block by more than the next word, unless the sentence goes on in lower case', () => {
    // Measured on a real media release: a centred headline over its subheading, same font size.
    const set = (text: string, y: number, left: number, right: number, firstWordWidth: number) => ({ text, y, height: 13.5, left, right, firstWordWidth });
    const headline = [set('iFly Singapore takes flight', 654, 219, 393, 24), set('iFly Singapore celebrates official opening with guests', 633, 99, 513, 22)];
    expect(joinParagraphs(headline)).toBe('iFly Singapore takes flight\n\niFly Singapore celebrates official opening with guests');
    const wrapped = [set('First batch of public sector 5G trials', 654, 150, 400, 14), set('at Sentosa underway', 633, 200, 350, 14)];
    expect(joinParagraphs(wrapped)).toBe('First batch of public sector 5G trials\nat Sentosa underway');
    // A line that fell short only because the next word was too long to fit.
    const justified = [set('a line of text', 654, 72, 440, 30), set('Internationalisation goes on here', 633, 72, 523, 120), set('and ends', 612, 72, 523, 20)];
    expect(joinParagraphs(justified)).toBe('a line of text\nInternationalisation goes on here\nand ends');
  });

  it('separates a heading from its text when the font height changes', () => {
    expect(joinParagraphs([line('HEADING', 100, 13), line('body one', 85, 10.5), line('body two', 71, 10.5)])).toBe(
      'HEADING\n\nbody one\nbody two',
    );
  });

  it('keeps evenly spaced lines together', () => {
    expect(joinParagraphs([line('a', 100), line('b', 87), line('c', 74)])).toBe('a\nb\nc');
  });

  it('breaks where the text moves up, as at the top of a new column', () => {
    expect(joinParagraphs([line('left', 100), line('left 2', 87), line('right', 100)])).toBe('left\nleft 2\n\nright');
  });
});

describe('joinParagraphs with one-line paragraphs', () => {
  const line = (text: string, y: number) => ({ text, y, height: 10 });

  it('separates consecutive one-line paragraphs inside a block of closer lines', () => {
    const text = joinParagraphs([line('a1', 100), line('a2', 86.7), line('b', 66.7), line('c', 46.7), line('d1', 26.7), line('d2', 13.4)]);
    expect(text).toBe('a1\na2\n\nb\n\nc\n\nd1\nd2');
  });
});
