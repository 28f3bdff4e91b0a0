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

// A baseline gap this much larger than the usual one nearby starts a paragraph. Measured on
// LibreOffice pages: Khmer lines 2.45 font heights apart and paragraphs 3.0–3.1 (ratio 1.23);
// English lines 1.33 and paragraphs 2.0 (ratio 1.5).
const PARAGRAPH_GAP_FACTOR = 1.15;

// Lines whose font heights differ by more than this share are a heading and its text, or a header
// and the body: a paragraph break either way.
const HEIGHT_CHANGE = 0.15;

// The usual spacing is the smallest gap among this many neighbours on each side. It has to be
// local: Khmer and English text of nearly the same font size sit 2.45 and 1.33 heights apart.
const NEIGHBOUR_GAPS = 4;

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
  // A gap of 0 or less means the text moved up (a new column) or a height change: both break.
  const gaps = lines.slice(1).map((line, i) => (heightChanges(lines[i]!, line) ? 0 : lineSpacing(lines[i]!, line)));
  let text = lines[0]?.text ?? '';
  gaps.forEach((spacing, i) => {
    const newParagraph = spacing <= 0 || spacing > usualSpacing(gaps, i) * PARAGRAPH_GAP_FACTOR;
    text += (newParagraph ? '\n\n' : '\n') + lines[i + 1]!.text;
  });
  return text;
}

/**
 * The smallest gap among up to NEIGHBOUR_GAPS on each side of gaps[at], looking no further than a
 * gap that is itself a break from here on: that keeps the tight English spacing from judging
 * the Khmer block above it.
 */
function usualSpacing(gaps: readonly number[], at: number): number {
  const own = gaps[at]!;
  let usual = own;
  for (const step of [-1, 1]) {
    for (let i = at + step, seen = 0; seen < NEIGHBOUR_GAPS && i >= 0 && i < gaps.length; i += step, seen++) {
      const gap = gaps[i]!;
      if (gap <= 0 || gap > own * PARAGRAPH_GAP_FACTOR) break;
      usual = Math.min(usual, gap);
    }
  }
  return usual;
}

/** Baseline distance in font heights. */
function lineSpacing(above: TextLine, below: TextLine): number {
  return (above.y - below.y) / Math.max(above.height, below.height, 1);
}

function heightChanges(a: TextLine, b: TextLine): boolean {
  return Math.abs(a.height - b.height) > HEIGHT_CHANGE * Math.max(a.height, b.height);
}
