import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrUnavailableError } from '../errors/ocr-errors.js';
import { decodeGrayImage } from '../images/gray-image.js';
import { characterErrorRate } from '../text/character-error-rate.js';
import { defaultTessdataDir, locateTessdata } from './tessdata-files.js';
import { createTesseractEngine } from './tesseract-engine.js';
import { startTesseractWorker } from './tesseract-worker.js';

const testData = (name: string) => new URL(`./test-data/${name}`, import.meta.url);
const crop = (name: string) => ({
  image: { encoded: readFileSync(testData(`${name}.png`)), dpi: 300 },
  truth: readFileSync(testData(`${name}.gt.txt`), 'utf8'),
});

describe('createTesseractEngine (real tesseract.js, khm+eng)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'presspipe-tessdata-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads scanned Khmer and English paragraphs within the CER targets, recycling its worker', async () => {
    const engine = createTesseractEngine({ workers: 1, pagesPerWorker: 1 });
    try {
      const khmer = crop('crop-khm-para1-scan');
      const english = crop('crop-eng-para2-scan');
      const khmerResult = await engine.recognize(khmer.image);
      const englishResult = await engine.recognize(english.image);

      // Issue targets: Khmer CER <= 2% (whitespace removed), English CER <= 1%.
      expect(characterErrorRate(khmer.truth, khmerResult.text, { ignoreWhitespace: true })).toBeLessThanOrEqual(0.02);
      expect(characterErrorRate(english.truth, englishResult.text)).toBeLessThanOrEqual(0.01);
      expect(khmerResult.lines).toBe(3);
      expect(khmerResult.confidence).toBeGreaterThan(0.5);
      expect(khmerResult.confidence).toBeLessThanOrEqual(1);
      for (const word of englishResult.words) expect(englishResult.text.slice(word.start, word.end)).toMatch(/^\S+$/);
      // One page per worker: the second page had to start a fresh worker.
      expect(engine.stats.workersStarted).toBe(2);
    } finally {
      await engine.close();
    }
  });

  it('reads gray pixels as it reads the PNG they came from, and straightens a 3° skew before reading', async () => {
    const engine = createTesseractEngine({ workers: 1 });
    try {
      const khmer = crop('crop-khm-para1-scan');
      const fromPng = await engine.recognize(khmer.image);
      const fromGray = await engine.recognize({ gray: await decodeGrayImage(khmer.image.encoded), dpi: 300 });
      expect(fromGray.text).toBe(fromPng.text);
      expect(fromGray.skewDegrees).toBe(fromPng.skewDegrees);

      // Turned the wrong way, the page would end up 6° off and lose its Khmer.
      const skewed = await sharp(khmer.image.encoded).rotate(3, { background: '#ffffff' }).png().toBuffer();
      const straightened = await engine.recognize({ encoded: skewed, dpi: 300 });
      expect(straightened.skewDegrees).toBeGreaterThan(3);
      expect(characterErrorRate(khmer.truth, straightened.text, { ignoreWhitespace: true })).toBeLessThanOrEqual(0.02);
      expect(straightened.lines).toBe(3);
    } finally {
      await engine.close();
    }
  });

  it('gives up on a worker that does not start in time', async () => {
    await expect(startTesseractWorker(locateTessdata(), 1)).rejects.toThrow(/did not start within 1 ms/);
  });

  it('names the missing Khmer file before starting any worker', () => {
    const attempt = () => createTesseractEngine({ tessdataDir: scratch });
    expect(attempt).toThrow(OcrUnavailableError);
    expect(attempt).toThrow(join(scratch, 'khm.traineddata'));
  });

  it('refuses a truncated language file instead of silently reading without Khmer', () => {
    const khmer = readFileSync(join(defaultTessdataDir(), 'khm.traineddata'));
    writeFileSync(join(scratch, 'khm.traineddata'), khmer.subarray(0, 300_000));
    expect(() => createTesseractEngine({ tessdataDir: scratch })).toThrow(/khm.traineddata is not khm traineddata.*cut short/);
  });
});
