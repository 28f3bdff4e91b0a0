import { type LinePlacement, paragraphBreaks } from '../layout/paragraph-breaks.js';
import type { WordConfidence } from '../pages/page-content.js';
import { separateGraphicNoise } from './graphic-noise.js';

// Tesseract's row heights of Khmer lines in one paragraph differ by up to 16% (52 to 62 px at
// 300 dpi on the seed scan) and a single line can be a third off (33 px among 43–46 on the hard
// scan), so each line's height is the median of its own and its neighbours', and only a change of
// a quarter breaks; a heading is set apart by a wider gap too.
const OCR_HEIGHT_CHANGE = 0.25;

/** One recognised word and the engine's confidence in it, 0..1. */
export interface LayoutWord {
  text: string;
  confidence: number;
}

/** One line as tesseract read it, with where it sits on the page (pixels, y down). */
export interface LayoutLine {
  words: LayoutWord[];
  /** Baseline height on the page, pixels from the top. */
  baseline: number;
  /** Row height (x-height plus ascenders and descenders), pixels. */
  height: number;
  /** Tesseract starts a paragraph here. */
  startsParagraph: boolean;
}

/**
 * Tesseract's reading of a page: blocks of lines of words, in reading order. Its paragraphs are
 * kept as a flag on their first line: they are not enough alone, since under PSM 6 tesseract often
 * puts a whole page (logo marks, heading, title, dateline and body) in one paragraph.
 */
export interface OcrLayout {
  blocks: LayoutLine[][];
}

/** The page text built from a layout, with each word's place in it. */
export interface LaidOutText {
  text: string;
  words: WordConfidence[];
  /** Mean word confidence, 0..1; 0 for a page without words. */
  confidence: number;
  /** Lines tesseract read, graphic noise included: what the image's ink bands are compared with. */
  lines: number;
  /** Lines and marks read from graphics (logos, rules, stamps) and left out of `text`. */
  droppedLines: string[];
  droppedMarks: string[];
}

/**
 * Joins words with a space, lines with `\n`, and paragraphs and blocks with a blank line,
 * recording each word's offsets. A paragraph starts where tesseract starts one, and where the
 * spacing or height of the lines says so, as in a PDF text layer. Graphic noise is left out
 * and reported, and the text around it is kept apart; empty lines are dropped.
 */
export function layoutToText(layout: OcrLayout): LaidOutText {
  let text = '';
  const words: WordConfidence[] = [];
  const droppedLines: string[] = [];
  const droppedMarks: string[] = [];
  let lines = 0;
  let confidenceSum = 0;
  for (const block of layout.blocks) {
    const read = block.map((line) => ({ ...line, words: line.words.map((word) => ({ ...word, text: asDash(word.text.trim(), line.words.length) })) }));
    lines += read.filter((line) => line.words.some((word) => word.text !== '')).length;
    const clean = separateGraphicNoise(read);
    droppedLines.push(...clean.droppedLines);
    droppedMarks.push(...clean.droppedMarks);
    const breaks = paragraphBreaks(smoothHeights(clean.lines), { heightChange: OCR_HEIGHT_CHANGE });
    clean.lines.forEach((line, i) => {
      if (text !== '') text += i === 0 || line.startsParagraph || breaks[i - 1] ? '\n\n' : '\n';
      line.words.forEach((word, index) => {
        if (index > 0) text += ' ';
        const start = text.length;
        text += word.text;
        words.push({ start, end: text.length, confidence: word.confidence });
        confidenceSum += word.confidence;
      });
    });
  }
  return { text, words, confidence: words.length === 0 ? 0 : confidenceSum / words.length, lines, droppedLines, droppedMarks };
}

// Tesseract reads a long dash between words (`ខេត្តកណ្តាល — ខណៈ…`, `PHNOM PENH — The…`) as three or
// more hyphens; the dateline rules, like the text path, expect the dash.
const HYPHENS_FOR_DASH = /^-{3,}$/;

/** A word of three or more hyphens among other words, as the dash it was. */
function asDash(word: string, wordsInLine: number): string {
  return wordsInLine > 1 && HYPHENS_FOR_DASH.test(word) ? '—' : word;
}

/** Each line's height as the median of its own and its two neighbours' (its own at the ends). */
function smoothHeights(lines: readonly LayoutLine[]): LinePlacement[] {
  return lines.map((line, i) => {
    if (i === 0 || i === lines.length - 1) return { baseline: line.baseline, height: line.height };
    const heights = [lines[i - 1]!.height, line.height, lines[i + 1]!.height].sort((a, b) => a - b);
    return { baseline: line.baseline, height: heights[1]! };
  });
}
