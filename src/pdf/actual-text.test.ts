import { describe, expect, it } from 'vitest';
import { buildMinimalPdf, type MinimalPdfPage } from './minimal-pdf.js';
import { openPdf } from './open-pdf.js';

// Behaviours of vendor/pdfjs/pdfjs-dist+5.6.205.patch, each on a generated one-page PDF.
async function pageText(page: MinimalPdfPage): Promise<string> {
  const doc = await openPdf(buildMinimalPdf(page), { maxPages: 1 });
  try {
    return (await doc.readPageText(1)).text;
  } finally {
    await doc.close();
  }
}

const line = (ops: string) => `BT /F1 12 Tf 20 100 Td ${ops} ET`;

describe('ActualText in the patched pdf.js text extraction', () => {
  it('replaces the glyphs of a span with its inline ActualText', async () => {
    expect(await pageText({ content: line('(Say ) Tj /Span << /ActualText (hello) >> BDC (xyz) Tj EMC') })).toBe('Say hello');
  });

  it('reads ActualText given by name through the page /Properties', async () => {
    const text = await pageText({ content: line('/Span /P1 BDC (xyz) Tj EMC'), properties: '/P1 << /ActualText (named) >>' });
    expect(text).toBe('named');
  });

  it('decodes UTF-16BE ActualText, as LibreOffice writes Khmer', async () => {
    expect(await pageText({ content: line('/Span << /ActualText <FEFF1780178117D2179A> >> BDC (ab) Tj EMC') })).toBe('កខ្រ');
  });

  it('lets the outermost span win over nested ones', async () => {
    const text = await pageText({ content: line('/Span << /ActualText (outer) >> BDC (a) Tj /Span << /ActualText (inner) >> BDC (b) Tj EMC (c) Tj EMC') });
    expect(text).toBe('outer');
  });

  it('covers a span split over several text operators, without a space after it', async () => {
    const text = await pageText({ content: line('/Span << /ActualText (AB) >> BDC (x) Tj [(y) -20 (z)] TJ EMC (C) Tj') });
    expect(text).toBe('ABC');
  });

  it('appends the ActualText of a span that draws no glyph', async () => {
    expect(await pageText({ content: line('(a) Tj /Span << /ActualText (b) >> BDC EMC (c) Tj') })).toBe('abc');
  });

  it('keeps glyph text outside spans and spans without ActualText as they are', async () => {
    expect(await pageText({ content: line('/P << /MCID 0 >> BDC (plain) Tj EMC /Artifact BMC ( text) Tj EMC') })).toBe('plain text');
  });
});
