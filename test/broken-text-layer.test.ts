import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { createTesseractEngine } from '../src/ocr/tesseract-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';

// fixtures/broken-khmer-text-layer.pdf looks like the seed but stores its Khmer as Limon-font
// mojibake: pages 1–2 must be OCRed with real tesseract, page 3 (English only) read as text.
describe('a PDF whose Khmer text layer is a legacy font', () => {
  it('is OCRed page by page, says why, and gives the seed fields', async () => {
    const ocr = createTesseractEngine({ workers: 2 });
    try {
      const bytes = readFileSync(new URL('../fixtures/broken-khmer-text-layer.pdf', import.meta.url));
      const r = await extractRelease({ bytes, filename: 'broken.pdf' }, PipelineOptionsSchema.parse({}), { ocr });
      expect(r.pages.map((p) => p.method)).toEqual(['ocr', 'ocr', 'text-layer']);
      for (const page of r.pages.slice(0, 2)) expect(page.reason).toMatch(/^Latin text looks like a legacy Khmer font/);
      expect(r.text).not.toMatch(/raCFan|pþeI/);
      expect(r.date).toBe('2019-03-04');
      expect(r.speakers.map((s) => s.name)).toEqual(['Pech Bunthin', 'Nick Beresford']);
      expect(r.quotes.map((q) => [q.lang, q.speaker])).toEqual([
        ['km', 'Pech Bunthin'],
        ['km', 'Nick Beresford'],
        ['en', 'Pech Bunthin'],
        ['en', 'Nick Beresford'],
      ]);
    } finally {
      await ocr.close();
    }
  });
});
