import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KHMER_ANY } from '../lang/khmer-script.js';
import { actualTextSupport } from './actual-text-support.js';
import { openPdf } from './open-pdf.js';
import type { PdfPageText } from './pdf-source.js';
import { scoreKhmerText } from './text-layer-metrics.js';

// LibreOffice PDFs whose Khmer sits in /ActualText spans (see test-data/README.md). Unpatched
// pdf.js reads them at 20–31% Khmer CER; these tests guard the patch in vendor/pdfjs/.
const SAMPLES = [
  { pdf: 'bilingual-p1.pdf', truth: 'bilingual-p1.gt.txt' },
  { pdf: 'bilingual-p1-noto.pdf', truth: 'bilingual-p1.gt.txt' },
  { pdf: 'press-release-full.pdf', truth: 'press-release-full.gt.txt' },
];
// In the PDFs, not in the ground truth.
const HEADER = 'Empowered lives. Resilient nations.';
const KHMER = new RegExp(`[${KHMER_ANY}]`, 'u');

const testData = (name: string) => new URL(`./test-data/${name}`, import.meta.url);
const pages = new Map<string, PdfPageText[]>();

beforeAll(async () => {
  for (const { pdf } of SAMPLES) {
    const doc = await openPdf(new Uint8Array(readFileSync(testData(pdf))), { maxPages: 10 });
    const read: PdfPageText[] = [];
    for (let page = 1; page <= doc.pageCount; page++) read.push(await doc.readPageText(page));
    pages.set(pdf, read);
    await doc.close();
  }
});

afterAll(() => pages.clear());

const paragraphs = (text: string) => text.split(/\n{2,}/).filter((p) => p.trim());
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('Khmer text layer through ActualText', () => {
  it('runs with the ActualText patch applied', async () => {
    expect(await actualTextSupport()).toBe(true);
  });

  describe.each(SAMPLES)('$pdf', ({ pdf, truth }) => {
    const truthText = () => readFileSync(testData(truth), 'utf8');
    const text = () => pages.get(pdf)!.map((page) => page.text).join('\n\n');

    it('reads Khmer below 1% CER and without spaces that are not in the source', () => {
      const score = scoreKhmerText(text(), truthText());
      expect(score.truthChars).toBeGreaterThan(1000);
      expect(score.cer).toBeLessThan(0.01);
      expect(score.spuriousSpaces).toBe(0);
    });

    it('reads every English paragraph exactly', () => {
      const english = paragraphs(truthText()).filter((p) => !KHMER.test(p));
      expect(english.length).toBeGreaterThan(3);
      // Whitespace-normalized and across page breaks: one paragraph runs from page 2 onto page 3.
      const got = squeeze(text());
      const missing = english.map(squeeze).filter((p) => !got.includes(p));
      expect(missing).toEqual([]);
    });

    it('maps every glyph to Unicode', () => {
      for (const page of pages.get(pdf)!) {
        expect(page.glyphCount).toBeGreaterThan(500);
        expect(page.unmappedGlyphCount).toBe(0);
      }
    });
  });

  it('finds the paragraphs of a one-page release as the source has them', () => {
    const got = paragraphs(pages.get('bilingual-p1.pdf')![0]!.text).map((p) => p.replace(/\s+/g, ''));
    const want = [HEADER, ...paragraphs(readFileSync(testData('bilingual-p1.gt.txt'), 'utf8'))].map((p) => p.replace(/\s+/g, ''));
    expect(got).toEqual(want);
  });

  it('keeps Khmer lines that wrap inside a word as separate lines', () => {
    const firstParagraph = paragraphs(pages.get('bilingual-p1.pdf')![0]!.text)[3]!;
    expect(firstParagraph.split('\n').length).toBe(3);
    expect(firstParagraph).toContain('រៀបចំ\nសិក្ខាសាលា');
  });
});
