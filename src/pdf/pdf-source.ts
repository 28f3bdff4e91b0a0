import type { GrayImage } from '../images/gray-image.js';

/** The text layer of one page. */
export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  /** Reading order; lines joined by `\n`, paragraphs separated by a blank line. Khmer lines that wrap inside a word stay separate lines. */
  text: string;
  /** Non-whitespace characters the text layer gave for the page (one per glyph, or per character of an ActualText span). */
  glyphCount: number;
  /** Of those, characters with no real Unicode mapping (U+FFFD, private use, control codes): a sign the page needs OCR. */
  unmappedGlyphCount: number;
}

/** One page drawn to a PNG, on a white background: for tools that need an image file, such as the OCR bench. */
export interface RenderedPage {
  width: number;
  height: number;
  /** The resolution actually used, after lowering it to fit `maxPixels`. */
  dpi: number;
  png: Uint8Array;
}

/** One page drawn on white and read back as 8-bit gray pixels, ready for OCR. */
export interface RenderedGrayPage {
  width: number;
  height: number;
  /** The resolution actually used, after lowering it to fit `maxPixels`. */
  dpi: number;
  gray: GrayImage;
}

/** How to draw a page. */
export interface RenderPageOptions {
  /** Wanted resolution; lowered when the page would exceed `maxPixels`. */
  dpi: number;
  /** Upper bound on width × height of the image. */
  maxPixels: number;
}

/** Limits checked when a PDF is opened. */
export interface OpenPdfOptions {
  /** A PDF with more pages is refused with `InputTooLargeError('pages', …)` before any page is read. */
  maxPages: number;
  /** Embedded images with more pixels are not decoded or drawn. @defaultValue no limit */
  maxImagePixels?: number;
}

/** An open PDF; page numbers are 1-based. Call `close()` when done. */
export interface PdfDocumentSource {
  readonly pageCount: number;
  /** The page's text layer in reading order, with how much of it maps to Unicode. */
  readPageText(pageNumber: number): Promise<PdfPageText>;
  /** Draws the page to a PNG file's bytes (the OCR bench hands the same file to native tesseract). */
  renderPage(pageNumber: number, options: RenderPageOptions): Promise<RenderedPage>;
  /** Draws the page to gray pixels for OCR, without a PNG encode and decode in between. */
  renderPageGray(pageNumber: number, options: RenderPageOptions): Promise<RenderedGrayPage>;
  /** Frees pdf.js's document and worker state. */
  close(): Promise<void>;
}
