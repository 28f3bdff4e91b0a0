import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaErrors } from '../../test/release-validator.js';
import { PipelineOptionsSchema, type PipelineOptionsInput } from '../config/pipeline-options.js';
import { createFakeOcrEngine } from '../ocr/fake-ocr-engine.js';
import { extractRelease } from './extract-release.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));
const OCR_TEXT = 'Phnom Penh, 04 March 2019 – OCR text of the page.';

const extract = (name: string, options: PipelineOptionsInput = {}) => {
  const ocr = createFakeOcrEngine(() => OCR_TEXT, 0.8);
  const release = extractRelease({ bytes: fixture(name), filename: name }, PipelineOptionsSchema.parse(options), { ocr });
  return { release, ocr };
};

describe('extractRelease on PDFs', () => {
  it('reads a good text layer without OCR, and the quote cut by each page break comes out whole', async () => {
    const { release, ocr } = extract('bilingual-seed.pdf');
    const r = await release;
    expect(ocr.calls).toHaveLength(0);
    expect(r.source).toMatchObject({ mediaType: 'application/pdf', pages: 3 });
    expect(r.pages.map((p) => p.method)).toEqual(['text-layer', 'text-layer', 'text-layer']);
    expect(r.text).toContain('ដែលឆ្លើយតបទៅតាមការរំពឹងទុករបស់អ្នកប្រើប្រាស់');
    expect(r.text).toContain('regionally and globally competitive, and realize its goals');
    expect(r.languages).toEqual(['km', 'en']);
    expect(jsonSchemaErrors(r)).toEqual([]);
  });

  it('gives the same Khmer as the source text', async () => {
    const r = await extract('bilingual-seed.pdf').release;
    const source = readFileSync(new URL('../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8');
    const khmer = (s: string) => s.normalize('NFC').replace(/[^\u1780-\u17FF]/g, '');
    expect(khmer(r.text)).toBe(khmer(source));
  });

  it('OCRs the pages whose Khmer text layer is a legacy font, says why, and keeps the good page', async () => {
    const { release, ocr } = extract('broken-khmer-text-layer.pdf');
    const r = await release;
    expect(r.pages.map((p) => p.method)).toEqual(['ocr', 'ocr', 'text-layer']);
    expect(r.pages[0]!.reason).toMatch(/legacy Khmer font/);
    expect(r.pages[0]!.confidence).toBe(0.8);
    expect(ocr.calls).toHaveLength(2);
    expect(ocr.calls[0]!.dpi).toBe(300);
    const at = r.text.indexOf('OCR text');
    expect(at).toBeGreaterThanOrEqual(0);
  });

  it('OCRs only the scanned page of a PDF that mixes a scan with text pages', async () => {
    const { release, ocr } = extract('mixed-scan-and-text.pdf');
    const r = await release;
    expect(r.pages.map((p) => [p.method, p.reason.split(';')[0]])).toEqual([
      ['ocr', 'no text layer (0 characters)'],
      ['text-layer', 'text layer with valid Khmer'],
      ['text-layer', 'text layer'],
    ]);
    expect(ocr.calls).toHaveLength(1);
  });

  it('keeps an untrusted layer with a warning when OCR is off', async () => {
    const r = await extract('broken-khmer-text-layer.pdf', { ocr: 'never' }).release;
    expect(r.pages.map((p) => p.method)).toEqual(['text-layer', 'text-layer', 'text-layer']);
    expect(r.warnings.filter((w) => w.code === 'TEXT_LAYER_UNTRUSTED')).toHaveLength(2);
  });

  it('OCRs every page of an image-only PDF, with page and confidence in the evidence', async () => {
    const { release, ocr } = extract('bilingual-seed.scan.pdf');
    const r = await release;
    expect(ocr.calls).toHaveLength(3);
    expect(r.pages.every((p) => p.method === 'ocr' && p.reason.startsWith('no text layer'))).toBe(true);
    expect(jsonSchemaErrors(r)).toEqual([]);
  });

  it('warns about a page OCR read with low confidence', async () => {
    const ocr = createFakeOcrEngine(() => OCR_TEXT, 0.4);
    const r = await extractRelease({ bytes: fixture('bilingual-seed.p1.png'), filename: null }, PipelineOptionsSchema.parse({}), { ocr });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'OCR_LOW_CONFIDENCE' }));
  });

  it('OCRs every frame of a multi-page TIFF', async () => {
    const { release, ocr } = extract('bilingual-seed.multipage.tiff');
    const r = await release;
    expect(r.source).toMatchObject({ mediaType: 'image/tiff', pages: 2 });
    expect(ocr.calls).toHaveLength(2);
  });
});

describe('extractRelease on text formats', () => {
  const run = (text: Uint8Array) =>
    extractRelease({ bytes: text, filename: null }, PipelineOptionsSchema.parse({}), { ocr: createFakeOcrEngine(() => '') });

  it('converts an HTML page to text: its title is the headline, and neither tags nor CSS font names come out as fields', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Ministry opens community centre</title>' +
      '<style>body { font-family: "Khmer OS Siemreap", "Arial"; }</style></head><body>' +
      '<p>Phnom Penh, 4 March 2019 &ndash; The ministry opened a community technology centre on Monday.</p></body></html>';
    const r = await run(new TextEncoder().encode(html));
    expect(r.source.mediaType).toBe('text/html');
    expect(r.title).toEqual({ en: 'Ministry opens community centre' });
    expect([r.date, r.place]).toEqual(['2019-03-04', 'Phnom Penh']);
    expect(r.text).not.toMatch(/<|font-family|Khmer OS/);
    expect(r.quotes).toEqual([]);
  });

  it('reads UTF-16LE text with a byte-order mark, as Windows Notepad saves it', async () => {
    const text = 'Ministry opens community centre\n\nPhnom Penh, 4 March 2019 – The ministry opened a centre.';
    const r = await run(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    expect(r.source.mediaType).toBe('text/plain');
    expect([r.date, r.place, r.title.en]).toEqual(['2019-03-04', 'Phnom Penh', 'Ministry opens community centre']);
  });
});

describe('extractRelease on bad input', () => {
  it.each([
    ['bad/empty.txt', 'EMPTY_INPUT'],
    ['bad/whitespace-only.txt', 'EMPTY_INPUT'],
    ['bad/latin1.txt', 'UNREADABLE_ENCODING'],
    ['bad/truncated.pdf', 'CORRUPT_PDF'],
    ['bad/not-a-pdf.pdf', 'UNSUPPORTED_MEDIA_TYPE'],
    ['bad/encrypted.pdf', 'ENCRYPTED_PDF'],
  ])('%s fails with %s', async (name, code) => {
    await expect(extract(name).release).rejects.toMatchObject({ code });
  });

  it('refuses more pages than allowed before reading any', async () => {
    const { release, ocr } = extract('bilingual-seed.scan.pdf', { maxPages: 2 });
    await expect(release).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', limit: 'pages' });
    expect(ocr.calls).toHaveLength(0);
  });

  it('refuses a file over the byte limit before parsing it', async () => {
    await expect(extract('bilingual-seed.pdf', { maxBytes: 1000 }).release).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });
});
