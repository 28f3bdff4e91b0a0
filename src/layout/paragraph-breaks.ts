/** Where a line of a laid-out page sits, as paragraph detection needs it. */
export interface LinePlacement {
  /** Baseline position, growing down the page, in any unit shared by the page's lines. */
  baseline: number;
  /** Line (font or row) height, in the same unit. */
  height: number;
}

// A baseline gap this much larger than the usual one nearby starts a paragraph. Measured on
// LibreOffice pages: Khmer lines 2.45 font heights apart and paragraphs 3.0–3.1 (ratio 1.23);
// English lines 1.33 and paragraphs 2.0 (ratio 1.5). Scans read by tesseract give the same ratios.
const PARAGRAPH_GAP_FACTOR = 1.15;

/** How much a line's height may change inside a paragraph. */
export interface ParagraphBreakOptions {
  /**
   * Lines whose heights differ by more than this share are a heading and its text, or a header
   * and the body: a paragraph break either way. Font heights in a PDF are exact; the row heights
   * tesseract estimates for Khmer lines vary by up to a sixth with the vowels and subscripts a
   * line happens to hold, so OCR needs a wider margin.
   * @defaultValue 0.15
   */
  heightChange?: number;
}

// Baselines closer than this many line heights belong to lines that overlap: marks read from a
// logo or a stamp, never two lines of one paragraph (the tightest body text measured, English in
// LibreOffice, sits 1.33 font heights apart; tesseract rows 1.35 row heights).
const OVERLAP = 0.8;

// The usual spacing is the smallest gap among this many neighbours on each side. It has to be
// local: Khmer and English text of nearly the same font size sit 2.45 and 1.33 heights apart.
const NEIGHBOUR_GAPS = 4;

/**
 * For each pair of neighbouring lines (reading order), whether a new paragraph starts between them:
 * the baseline gap is clearly wider than the usual gap nearby, the line height changes, the text
 * moves up the page (a new column), or lines overlap (as marks read from a logo do).
 */
export function paragraphBreaks(lines: readonly LinePlacement[], options: ParagraphBreakOptions = {}): boolean[] {
  const heightChange = options.heightChange ?? 0.15;
  const changes = (a: LinePlacement, b: LinePlacement) => Math.abs(a.height - b.height) > heightChange * Math.max(a.height, b.height);
  // A gap of 0 stands for a change of height; gaps under OVERLAP (negative ones too, where the
  // text moved up to a new column) break like it.
  const gaps = lines.slice(1).map((line, i) => (changes(lines[i]!, line) ? 0 : lineSpacing(lines[i]!, line)));
  return gaps.map((spacing, i) => spacing < OVERLAP || spacing > usualSpacing(gaps, i) * PARAGRAPH_GAP_FACTOR);
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
      if (gap < OVERLAP || gap > own * PARAGRAPH_GAP_FACTOR) break;
      usual = Math.min(usual, gap);
    }
  }
  return usual;
}

/** Baseline distance in line heights. */
function lineSpacing(above: LinePlacement, below: LinePlacement): number {
  return (below.baseline - above.baseline) / Math.max(above.height, below.height, 1);
}
