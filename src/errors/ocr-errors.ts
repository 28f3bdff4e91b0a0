import { PresspipeError } from './presspipe-error.js';

// Faults of the OCR engine rather than of the document, so none is permanent: a missing language
// file can be installed and the job retried, a timeout or a closed pool may pass.

/** The OCR engine cannot start: a language file is missing or tesseract.js failed to load it. */
export class OcrUnavailableError extends PresspipeError {
  override readonly name = 'OcrUnavailableError';
  readonly code = 'OCR_UNAVAILABLE';
  readonly permanent = false;
  constructor(detail: string, hint: string, options?: ErrorOptions) {
    super(`OCR engine unavailable: ${detail}`, hint, options);
  }
}

/** One OCR job ran longer than its time limit; its worker was discarded. */
export class OcrTimeoutError extends PresspipeError {
  override readonly name = 'OcrTimeoutError';
  readonly code = 'OCR_TIMEOUT';
  readonly permanent = false;
  constructor(what: string, timeoutMs: number) {
    super(
      `${what} took longer than ${timeoutMs.toLocaleString('en')} ms`,
      'retry on a less loaded machine, or raise the OCR timeout for very large pages',
    );
  }
}

/** A job was given to an OCR pool after `close()` was called. */
export class OcrClosedError extends PresspipeError {
  override readonly name = 'OcrClosedError';
  readonly code = 'OCR_CLOSED';
  readonly permanent = false;
  constructor() {
    super('expected an open OCR pool, got one that is closing or closed', 'create a new engine for new work');
  }
}
