import type { GrayImage } from '../images/gray-image.js';
import type { WordConfidence } from '../pages/page-content.js';

/** One page image to read as encoded bytes: PNG, JPEG or TIFF. */
export interface EncodedOcrImage {
  encoded: Uint8Array;
  /** Dots per inch; canvas PNGs carry none, and tesseract guesses badly without it. */
  dpi: number;
}

/**
 * One page image to read as 8-bit gray pixels, e.g. straight from a pdf.js canvas: saves the
 * PNG encode (0.3 s for an A4 page at 300 dpi) and the decode before OCR.
 */
export interface GrayOcrImage {
  gray: GrayImage;
  /** Dots per inch. */
  dpi: number;
}

/** One page image to read, encoded or as gray pixels. */
export type OcrImage = EncodedOcrImage | GrayOcrImage;

/** Tesseract page segmentation modes presspipe uses (see `tesseract --help-psm`). */
export type PageSegMode = 3 | 4 | 6;

/** Per-page choices; by default presspipe deskews and picks the page segmentation itself. */
export interface RecognizeOptions {
  /**
   * Force one page segmentation mode and skip the layout check.
   * @defaultValue undefined (PSM 6, with PSM 4 tried when lines look missing)
   */
  psm?: PageSegMode;
  /**
   * Estimate the skew and rotate the page straight before OCR.
   * @defaultValue true
   */
  deskew?: boolean;
}

/** What OCR read on one page. Offsets in `words` point into `text`. */
export interface OcrResult {
  /** Lines separated by `\n`, paragraphs by a blank line. */
  text: string;
  words: WordConfidence[];
  /** Mean word confidence, 0..1 (0 when no word was found). */
  confidence: number;
  /** The page segmentation mode whose result was kept. */
  psm: PageSegMode;
  /** Why that mode was kept, with the line counts that decided it. */
  psmReason: string;
  /** Skew found and removed, degrees clockwise (0 when deskew was off). */
  skewDegrees: number;
  /** Lines tesseract read, graphic noise included. */
  lines: number;
  /** Lines and marks read from graphics (logos, rules, stamps) and left out of `text`. */
  droppedLines: string[];
  droppedMarks: string[];
  /** Bands of ink rows in the (deskewed) image: roughly the lines a reader sees. */
  inkBands: number;
}

/** Anything that turns page images into text: tesseract.js in production, a fake in tests. */
export interface OcrEngine {
  /** Reads one page. */
  recognize(image: OcrImage, options?: RecognizeOptions): Promise<OcrResult>;
  /** Waits for running work, then frees the engine's workers. */
  close(): Promise<void>;
}
