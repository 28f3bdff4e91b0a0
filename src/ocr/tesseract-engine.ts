import { OcrPool } from './ocr-pool.js';
import { locateTessdata } from './tessdata-files.js';
import { startTesseractWorker } from './tesseract-worker.js';

/** Options for the tesseract.js OCR engine. */
export interface TesseractEngineOptions {
  /**
   * Directory with `khm.traineddata` (and optionally `eng.traineddata`), e.g. tessdata_best.
   * English falls back to the npm package `@tesseract.js-data/eng`.
   * @defaultValue presspipe's `tessdata/`
   */
  tessdataDir?: string;
  /**
   * Worker threads.
   * @defaultValue the number of CPU cores
   */
  workers?: number;
  /**
   * Pages a worker reads before it is replaced.
   * @defaultValue 50
   */
  pagesPerWorker?: number;
  /**
   * Time limit for one page, ms.
   * @defaultValue 120000
   */
  jobTimeoutMs?: number;
  /**
   * Time limit for starting one worker and loading the language data, ms.
   * @defaultValue 30000
   */
  startTimeoutMs?: number;
}

/**
 * The Khmer + English OCR engine: a pool of tesseract.js workers reading local language data
 * only. Throws `OcrUnavailableError` at once if a language file is missing.
 */
export function createTesseractEngine(options: TesseractEngineOptions = {}): OcrPool {
  const files = locateTessdata(options.tessdataDir);
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  return new OcrPool({
    startWorker: () => startTesseractWorker(files, startTimeoutMs),
    size: options.workers,
    pagesPerWorker: options.pagesPerWorker,
    jobTimeoutMs: options.jobTimeoutMs,
  });
}
