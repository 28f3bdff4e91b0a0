import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeTextLayer } from './text-layer-quality.js';

const read = (name: string) => readFileSync(new URL(`./test-data/${name}`, import.meta.url), 'utf8');
const judge = (text: string, unmapped = 0) => judgeTextLayer({ text, glyphCount: text.length, unmappedGlyphCount: unmapped });

describe('judgeTextLayer', () => {
  it('trusts real Khmer prose and real English', () => {
    expect(judge(read('khmer-news.txt'))).toEqual({ usable: true, reason: 'text layer with valid Khmer' });
    expect(judge('The Ministry of Civil Service and the UNDP in Cambodia have teamed up to launch a conference.').usable).toBe(true);
  });

  it('sends an empty page to OCR', () => {
    expect(judge('  \n ')).toMatchObject({ usable: false, reason: expect.stringContaining('no text layer') });
  });

  it('sends a page whose glyphs map to nothing to OCR', () => {
    const text = 'The Ministry of Civil Service held a national conference in Phnom Penh.';
    expect(judge(text, Math.ceil(text.length * 0.3))).toMatchObject({ usable: false, reason: expect.stringContaining('map to no character') });
  });

  it('catches Khmer that pdf.js read in glyph order, without ActualText', () => {
    expect(judge(read('pdfjs-without-actualtext.p1.txt'))).toMatchObject({ usable: false, reason: expect.stringMatching(/Khmer/) });
  });

  it('catches a legacy-font (Limon) layer even when the page also has real English', () => {
    expect(judge(read('limon-font-layer.p2.txt'))).toMatchObject({ usable: false, reason: expect.stringContaining('legacy Khmer font') });
  });

  it('catches stray ASCII inside Khmer words', () => {
    const clean = read('khmer-news.txt');
    let n = 0;
    const junk = clean.replace(/([\u1780-\u17A2])([\u1780-\u17A2])/g, (m, a, b) => (++n % 5 === 0 ? `${a}#${b}` : m));
    expect(judge(junk).usable).toBe(false);
  });
});
