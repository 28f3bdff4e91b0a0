import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CorruptPdfError, EncryptedPdfError, InputTooLargeError } from '../errors/input-errors.js';
import { buildMinimalPdf } from './minimal-pdf.js';
import { openPdf } from './open-pdf.js';

const testData = (name: string) => new Uint8Array(readFileSync(new URL(`./test-data/${name}`, import.meta.url)));

describe('openPdf', () => {
  it('opens a PDF and leaves the caller’s bytes usable', async () => {
    const bytes = testData('press-release-full.pdf');
    const doc = await openPdf(bytes, { maxPages: 10 });
    expect(doc.pageCount).toBe(3);
    await doc.close();
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('refuses more pages than allowed before reading any', async () => {
    const error = await openPdf(testData('press-release-full.pdf'), { maxPages: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).limit).toBe('pages');
    expect((error as Error).message).toContain('got 3');
  });

  it('reports a password-protected PDF as encrypted', async () => {
    await expect(openPdf(testData('password-protected.pdf'), { maxPages: 10 })).rejects.toBeInstanceOf(EncryptedPdfError);
  });

  it('reports random bytes behind a PDF header as corrupt', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...noise]);
    await expect(openPdf(bytes, { maxPages: 10 })).rejects.toBeInstanceOf(CorruptPdfError);
  });

  it.each([0.1, 0.5, 0.97])('reports a copy truncated to %d of its length as corrupt', async (share) => {
    const bytes = testData('press-release-full.pdf');
    const error = await openPdf(bytes.subarray(0, Math.floor(bytes.length * share)), { maxPages: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptPdfError);
    expect((error as CorruptPdfError).code).toBe('CORRUPT_PDF');
  });

  it('reports empty input as corrupt', async () => {
    await expect(openPdf(new Uint8Array(0), { maxPages: 10 })).rejects.toBeInstanceOf(CorruptPdfError);
  });
});

describe('readPageText', () => {
  it('gives no text for an image-only page, the signal to OCR it', async () => {
    const doc = await openPdf(testData('image-only.pdf'), { maxPages: 1 });
    expect(await doc.readPageText(1)).toEqual({ page: 1, text: '', glyphCount: 0, unmappedGlyphCount: 0 });
    await doc.close();
  });

  it('counts glyphs that come out as control characters as unmapped', async () => {
    const doc = await openPdf(buildMinimalPdf({ content: 'BT /F1 12 Tf 20 100 Td (\\001\\002AB) Tj ET' }), { maxPages: 1 });
    const page = await doc.readPageText(1);
    expect(page.glyphCount).toBe(4);
    expect(page.unmappedGlyphCount).toBe(2);
    await doc.close();
  });

  it('refuses a page number outside the document', async () => {
    const doc = await openPdf(testData('image-only.pdf'), { maxPages: 1 });
    await expect(doc.readPageText(2)).rejects.toBeInstanceOf(RangeError);
    await doc.close();
  });
});

describe('renderPage', () => {
  it('draws the page on white at the wanted dpi', async () => {
    const doc = await openPdf(testData('bilingual-p1.pdf'), { maxPages: 1 });
    const rendered = await doc.renderPage(1, { dpi: 72, maxPixels: 1_000_000 });
    await doc.close();
    // A4 is 595.3 × 841.9 pt.
    expect(rendered).toMatchObject({ width: 595, height: 841, dpi: 72 });
    const { data, info } = await sharp(rendered.png).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([595, 841]);
    expect(data[0]).toBe(255);
    const dark = data.filter((value) => value < 128).length;
    expect(dark / data.length).toBeGreaterThan(0.01);
  });

  it('lowers the dpi to stay within maxPixels', async () => {
    const doc = await openPdf(testData('image-only.pdf'), { maxPages: 1 });
    const rendered = await doc.renderPage(1, { dpi: 600, maxPixels: 100_000 });
    await doc.close();
    expect(rendered.dpi).toBeLessThan(600);
    expect(rendered.width * rendered.height).toBeLessThanOrEqual(100_000);
    const meta = await sharp(rendered.png).metadata();
    expect([meta.width, meta.height]).toEqual([rendered.width, rendered.height]);
  });
});
