import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { createTesseractEngine } from '../src/ocr/tesseract-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';

// fixtures/dateline-under-logo.scan.png: one scanned page, a logo of rings and rules over the
// heading, the title and a dateline set close under it. Tesseract (PSM 6) reads the whole page as
// one paragraph; before the layout was kept, the dateline was glued after the title and lost.
describe('a scanned release with a logo over the heading, title and dateline', () => {
  it('keeps them on lines of their own, finds date and place with OCR provenance, and names the noise it dropped', async () => {
    const ocr = createTesseractEngine({ workers: 1 });
    try {
      const bytes = readFileSync(new URL('../fixtures/dateline-under-logo.scan.png', import.meta.url));
      const r = await extractRelease({ bytes, filename: 'scan.png' }, PipelineOptionsSchema.parse({}), { ocr });
      expect(r.text).toMatch(/\n\nPRESS RELEASE\n\nNew bridge opens the river crossing to lorries and buses\n\nPHNOM PENH, 12 May 2022 [-–] The Ministry/);
      expect(r.pages[0]!.reason).toMatch(/left out as graphic noise: \d+ lines? \(/);
      expect(r.date).toBe('2022-05-12');
      expect(r.place).toBe('PHNOM PENH');
      const [dateEvidence] = r.fieldEvidence.date;
      expect(r.text.slice(dateEvidence!.start, dateEvidence!.end)).toBe('12 May 2022');
      expect(dateEvidence).toMatchObject({ page: 1, confidence: expect.any(Number) });
      expect(dateEvidence!.confidence).toBeGreaterThan(0.8);
      expect(r.quotes.map((q) => q.speaker)).toEqual(['Sok Chanthy']);
    } finally {
      await ocr.close();
    }
  });
});
