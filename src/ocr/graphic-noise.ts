import { hasKhmer } from '../lang/khmer-script.js';
import type { LayoutLine, LayoutWord } from './ocr-text-layout.js';

// Marks that stand alone in real text: dashes of a dateline, quotation marks, brackets, bullets,
// the bar of a byline. Tesseract reads them with low confidence too, so they are never noise.
const STANDALONE_MARKS = new Set(['-', '--', '—', '–', '―', '“', '”', '"', '‘', '’', "'", '«', '»', '(', ')', '[', ']', '&', '•', '|', '·']);
// Below this confidence a word of marks only (no letter or digit) is read from a graphic: the
// `=`, `/`, `:` and `@` tesseract finds in logos, rules, stamps and the specks of a poor scan.
const MARK_CONFIDENCE = 0.6;
// A line is a graphic when its words are this unsure on average and either none is long enough to
// be a word of text, or it is a short line without Khmer: the letters of a logo (`wv SEniosc
// Singtel`). Tesseract gives English text 85–96 even on the hard scan, but correct Khmer often
// 30–50, and Khmer words run long (no spaces inside phrases), so a Khmer line of text stays.
const LINE_CONFIDENCE = 0.5;
const WORD_LETTERS = 4;
const SHORT_LINE_WORDS = 3;

// khm+eng reads round shapes (a bullet, the ring of a logo) as a Khmer letter or digit: one such
// sign alone in a line with no other Khmer is a mark, whatever its confidence (`១ The Building…`).
const LONE_SIGN_LENGTH = 2;

/** A page's lines with graphic noise taken out, and what was taken. */
export interface SeparatedNoise {
  lines: LayoutLine[];
  /** The text of every dropped line, then of every dropped mark, as read. */
  droppedLines: string[];
  droppedMarks: string[];
}

/**
 * Takes out what tesseract read from graphics rather than text: low-confidence words made only of
 * marks and a lone Khmer sign in a line without Khmer, then lines of short, unsure words. Returns what it dropped so the page can say so.
 */
export function separateGraphicNoise(lines: readonly LayoutLine[]): SeparatedNoise {
  const droppedLines: string[] = [];
  const droppedMarks: string[] = [];
  const kept: LayoutLine[] = [];
  let afterNoise = false;
  for (const line of lines) {
    const words = line.words.filter((word) => word.text !== '');
    const khmerWords = words.filter((word) => hasKhmer(word.text));
    const loneSign = khmerWords.length === 1 && [...khmerWords[0]!.text].length <= LONE_SIGN_LENGTH ? khmerWords[0] : undefined;
    const isMark = (word: LayoutWord) => word === loneSign || isStrayMark(word);
    const text = words.filter((word) => !isMark(word));
    if (text.length === 0 || isGraphicLine(text)) {
      if (words.length > 0) {
        droppedLines.push(words.map((word) => word.text).join(' '));
        afterNoise = true;
      }
      continue;
    }
    droppedMarks.push(...words.filter(isMark).map((word) => word.text));
    // A graphic stands between two pieces of text: what follows it starts a paragraph.
    kept.push({ ...line, words: text, startsParagraph: line.startsParagraph || afterNoise });
    afterNoise = false;
  }
  return { lines: kept, droppedLines, droppedMarks };
}

function isStrayMark(word: LayoutWord): boolean {
  return word.confidence < MARK_CONFIDENCE && !/[\p{L}\p{N}]/u.test(word.text) && !STANDALONE_MARKS.has(word.text);
}

function isGraphicLine(words: readonly LayoutWord[]): boolean {
  const mean = words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  if (mean >= LINE_CONFIDENCE) return false;
  const shortLatinLine = words.length <= SHORT_LINE_WORDS && !words.some((word) => hasKhmer(word.text));
  return shortLatinLine || words.every((word) => letterCount(word.text) < WORD_LETTERS);
}

function letterCount(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]/gu)?.length ?? 0;
}

// Enough of what was dropped to check it against the page, short enough for a page reason.
const QUOTED_SAMPLES = 3;

/** Says what was left out as graphic noise, for a page's reason; '' when nothing was. */
export function describeGraphicNoise(droppedLines: readonly string[], droppedMarks: readonly string[]): string {
  const parts: string[] = [];
  const sample = (items: readonly string[]) =>
    items
      .slice(0, QUOTED_SAMPLES)
      .map((item) => JSON.stringify(item))
      .join(', ') + (items.length > QUOTED_SAMPLES ? ', …' : '');
  if (droppedLines.length > 0) parts.push(`${droppedLines.length} line${droppedLines.length === 1 ? '' : 's'} (${sample(droppedLines)})`);
  if (droppedMarks.length > 0) parts.push(`${droppedMarks.length} mark${droppedMarks.length === 1 ? '' : 's'} (${sample(droppedMarks)})`);
  return parts.length === 0 ? '' : `left out as graphic noise: ${parts.join(' and ')}`;
}
