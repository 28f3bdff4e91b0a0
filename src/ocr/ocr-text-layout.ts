import type { WordConfidence } from '../pages/page-content.js';

/** One recognised word and the engine's confidence in it, 0..1. */
export interface LayoutWord {
  text: string;
  confidence: number;
}

/** Tesseract's reading of a page: paragraphs of lines of words, in reading order. */
export interface OcrLayout {
  paragraphs: LayoutWord[][][];
}

/** The page text built from a layout, with each word's place in it. */
export interface LaidOutText {
  text: string;
  words: WordConfidence[];
  /** Mean word confidence, 0..1; 0 for a page without words. */
  confidence: number;
  lines: number;
}

/**
 * Joins words with a space, lines with `\n` and paragraphs with a blank line, as tesseract's
 * own text output does, recording each word's offsets. Empty lines and paragraphs are dropped.
 */
export function layoutToText(layout: OcrLayout): LaidOutText {
  let text = '';
  const words: WordConfidence[] = [];
  let lines = 0;
  let confidenceSum = 0;
  for (const paragraph of layout.paragraphs) {
    let paragraphStarted = false;
    for (const line of paragraph) {
      const lineWords = line.map((word) => ({ ...word, text: word.text.trim() })).filter((word) => word.text !== '');
      if (lineWords.length === 0) continue;
      if (text !== '') text += paragraphStarted ? '\n' : '\n\n';
      paragraphStarted = true;
      lines += 1;
      lineWords.forEach((word, index) => {
        if (index > 0) text += ' ';
        const start = text.length;
        text += word.text;
        words.push({ start, end: text.length, confidence: word.confidence });
        confidenceSum += word.confidence;
      });
    }
  }
  return { text, words, confidence: words.length === 0 ? 0 : confidenceSum / words.length, lines };
}
