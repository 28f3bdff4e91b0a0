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

/** One page drawn to a PNG, on a white background. */
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
  readPageText(pageNumber: number): Promise<PdfPageText>;
  renderPage(pageNumber: number, options: RenderPageOptions): Promise<RenderedPage>;
  renderPageGray(pageNumber: number, options: RenderPageOptions): Promise<RenderedGrayPage>;
  close(): Promise<void>;
}
