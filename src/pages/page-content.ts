/** A word's place in its page text, with the OCR engine's confidence in it (0..1). */
export interface WordConfidence {
  start: number;
  end: number;
  confidence: number;
}

/** The text of one page, however it was obtained. Offsets in `words` point into `text`. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  /** Lines separated by `\n`, paragraphs by a blank line. */
  text: string;
  method: 'text-layer' | 'ocr';
  reason: string;
  /** Mean OCR word confidence, 0..1; only for OCR pages. */
  confidence?: number;
  words?: WordConfidence[];
}
