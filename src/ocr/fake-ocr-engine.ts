import type { OcrEngine, OcrImage, OcrResult } from './ocr-engine.js';

/** An `OcrEngine` for tests of code that calls OCR: returns the text it is told to. */
export interface FakeOcrEngine extends OcrEngine {
  /** Every image it was asked to read, in order. */
  readonly calls: readonly OcrImage[];
  /** True once `close()` was called. */
  readonly closed: boolean;
}

/**
 * Makes a fake engine. `pageText` gives the text for each call (lines split by `\n`, paragraphs
 * by a blank line); each whitespace-separated token becomes a word with `confidence`.
 */
export function createFakeOcrEngine(
  pageText: (image: OcrImage, call: number) => string,
  confidence = 0.9,
): FakeOcrEngine {
  const calls: OcrImage[] = [];
  let closed = false;
  return {
    get calls() {
      return calls;
    },
    get closed() {
      return closed;
    },
    async recognize(image: OcrImage): Promise<OcrResult> {
      if (closed) throw new Error('Expected an open fake OCR engine, got a closed one');
      calls.push(image);
      const text = pageText(image, calls.length - 1);
      const words = [...text.matchAll(/\S+/g)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        confidence,
      }));
      const lines = text.split('\n').filter((line) => line.trim() !== '').length;
      return {
        text,
        words,
        confidence: words.length === 0 ? 0 : confidence,
        psm: 6,
        psmReason: 'fake engine',
        skewDegrees: 0,
        lines,
        droppedLines: [],
        droppedMarks: [],
        inkBands: lines,
      };
    },
    async close() {
      closed = true;
    },
  };
}
