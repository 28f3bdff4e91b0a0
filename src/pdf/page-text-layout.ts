import { paragraphBreaks } from '../layout/paragraph-breaks.js';

/** One run of text as pdf.js reports it, reduced to what layout needs. */
export interface PositionedText {
  str: string;
  /** Baseline position in PDF user space (y grows upwards). */
  x: number;
  y: number;
  /** Advance width in user space. */
  width: number;
  /** Font height in user space; 0 for pdf.js's synthetic whitespace items. */
  height: number;
  /** pdf.js saw the text move to a new line after this run. */
  hasEOL: boolean;
}

/** A line of a page with the geometry that paragraph detection needs. */
export interface TextLine {
  text: string;
  y: number;
  height: number;
  /** Horizontal extent of the line's text and the width of its first word, in user space. */
  left?: number;
  right?: number;
  firstWordWidth?: number;
}

// A run whose baseline moves by less than this share of the line height stays on the line: Khmer
// vowel signs above or below the base (e.g. ី) are placed 1–2 pt off the baseline by LibreOffice.
const SAME_LINE_SHIFT = 0.5;

// A run that starts this many font heights left of where the previous one ended means the content
// stream does not follow reading order on this line (LibreOffice draws glyphs from a fallback font,
// such as the brackets around "(UNDP)" in Noto Sans Khmer text, in a second pass).
const BACKWARD_JUMP = 0.25;

// When a line has to be re-ordered, a gap this many font heights wide between two runs is a space.
// pdf.js itself inserts spaces from 0.102 font sizes up; a little more keeps Khmer clusters together.
const SPACE_GAP = 0.15;

/** Groups pdf.js text runs, in content-stream order, into lines in reading order. */
export function groupLines(runs: readonly PositionedText[]): TextLine[] {
  const lines: TextLine[] = [];
  let parts: PositionedText[] = [];
  let lineY = 0;
  let lineHeight = 0;
  const endLine = () => {
    const text = lineText(parts, lineHeight).replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, y: lineY, height: lineHeight, ...extent(parts) });
    parts = [];
    lineHeight = 0;
  };
  for (const run of runs) {
    if (run.height > 0 && run.str.trim()) {
      if (parts.length > 0 && lineHeight > 0 && Math.abs(run.y - lineY) > SAME_LINE_SHIFT * Math.max(lineHeight, run.height)) {
        endLine();
      }
      if (lineHeight === 0) lineY = run.y;
      lineHeight = Math.max(lineHeight, run.height);
    }
    parts.push(run);
    if (run.hasEOL) endLine();
  }
  endLine();
  return lines;
}

function extent(parts: readonly PositionedText[]): Pick<TextLine, 'left' | 'right' | 'firstWordWidth'> {
  const textRuns = parts.filter((run) => run.str.trim());
  const first = textRuns.reduce((a, b) => (b.x < a.x ? b : a));
  const word = first.str.trimStart().split(/\s/)[0]!;
  return {
    left: Math.min(...textRuns.map((run) => run.x)),
    right: Math.max(...textRuns.map((run) => run.x + run.width)),
    firstWordWidth: (first.width * word.length) / Math.max(first.str.length, 1),
  };
}

/** The runs' text in stream order, or re-ordered left to right when the stream jumps back. */
function lineText(parts: readonly PositionedText[], height: number): string {
  const textRuns = parts.filter((run) => run.str.trim());
  const inOrder = textRuns.every((run, i) => i === 0 || run.x >= textRuns[i - 1]!.x + textRuns[i - 1]!.width - BACKWARD_JUMP * height);
  if (inOrder) return parts.map((run) => run.str).join('');
  const sorted = [...textRuns].sort((a, b) => a.x - b.x);
  return sorted
    .map((run, i) => {
      const before = sorted[i - 1];
      const gap = before ? run.x - (before.x + before.width) : 0;
      return (gap > SPACE_GAP * height ? ' ' : '') + run.str;
    })
    .join('');
}

// Lines this many around a line show how wide its block is set.
const BLOCK_NEIGHBOURS = 2;

/**
 * Joins lines with `\n`, and with a blank line where a new paragraph starts: the vertical gap says
 * so, or the line ended by choice, short of its block's width by more than the next line's first
 * word (a headline over its subheading, the last line of a paragraph set without a gap) and the
 * next line does not go on in lower case.
 */
export function joinParagraphs(lines: readonly TextLine[]): string {
  // PDF user space grows upwards; paragraph detection reads down the page.
  const breaks = paragraphBreaks(lines.map((line) => ({ baseline: -line.y, height: line.height })));
  return lines.map((line, i) => (i === 0 ? '' : breaks[i - 1] || endedByChoice(lines, breaks, i - 1) ? '\n\n' : '\n') + line.text).join('');
}

function endedByChoice(lines: readonly TextLine[], breaks: readonly boolean[], at: number): boolean {
  const line = lines[at]!;
  const next = lines[at + 1]!;
  if (line.left === undefined || line.right === undefined || next.firstWordWidth === undefined) return false;
  // A lower-case word goes on with the sentence, whatever the line's length (`… 5G trials` / `at
  // Sentosa underway`); a brand in camel case (`iFly`) starts one.
  if (/^\p{Ll}+(?!\p{L})/u.test(next.text)) return false;
  let first = at;
  while (first > at - BLOCK_NEIGHBOURS && first > 0 && !breaks[first - 1]) first--;
  let last = at + 1;
  while (last < at + 1 + BLOCK_NEIGHBOURS && last < lines.length - 1 && !breaks[last]) last++;
  const blockWidth = Math.max(...lines.slice(first, last + 1).map((l) => (l.right ?? 0) - (l.left ?? 0)));
  // A space and a font height of slack: justified and ragged lines fall short by less.
  return line.right - line.left + next.firstWordWidth + 1.3 * line.height < blockWidth;
}
