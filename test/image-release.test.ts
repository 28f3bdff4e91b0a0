import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { createTesseractEngine } from '../src/ocr/tesseract-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { jsonSchemaErrors } from './release-validator.js';

// fixtures/bilingual-seed.p1.png: page 1 of the seed as a skewed 200 dpi scan, Khmer only.
describe('a scanned page as a PNG', () => {
  it('is OCRed and gives the Khmer dateline, title and the opening of the minister’s quote', async () => {
    const ocr = createTesseractEngine({ workers: 1 });
    try {
      const bytes = readFileSync(new URL('../fixtures/bilingual-seed.p1.png', import.meta.url));
      const r = await extractRelease({ bytes, filename: 'p1.png' }, PipelineOptionsSchema.parse({}), { ocr });
      expect(jsonSchemaErrors(r)).toEqual([]);
      expect(r.source).toMatchObject({ mediaType: 'image/png', pages: 1 });
      expect(r.pages[0]).toMatchObject({ method: 'ocr', reason: expect.stringMatching(/^image; OCR at 200 dpi/) });
      expect(r.languages).toEqual(['km']);
      expect(r.date).toBe('2019-03-04');
      expect(r.title.km).toBe('ផ្តួចផ្តើមនវានុវត្តន៍ក្នុងវិស័យសាធារណៈ');
      expect(r.quotes).toHaveLength(1);
      expect(r.quotes[0]).toMatchObject({ lang: 'km', text: expect.stringMatching(/^កម្លាំងចលករទាំងនេះ/) });
      expect(r.quotes[0]!.evidence.confidence).toBeGreaterThan(0.5);
    } finally {
      await ocr.close();
    }
  });
});
