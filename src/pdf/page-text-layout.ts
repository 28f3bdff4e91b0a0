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
    if (text) lines.push({ text, y: lineY, height: lineHeight });
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

/** Joins lines with `\n`, and with a blank line where the vertical gap says a new paragraph starts. */
export function joinParagraphs(lines: readonly TextLine[]): string {
  // PDF user space grows upwards; paragraph detection reads down the page.
  const breaks = paragraphBreaks(lines.map((line) => ({ baseline: -line.y, height: line.height })));
  return lines.map((line, i) => (i === 0 ? '' : breaks[i - 1] ? '\n\n' : '\n') + line.text).join('');
}
