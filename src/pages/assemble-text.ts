import type { Evidence } from '../schema/release.js';
import { joinBrokenParagraphs, joinLayoutLines } from '../normalize/join-paragraphs.js';
import { normalizeText } from '../normalize/normalize-text.js';
import { mappedText } from '../text/mapped-text.js';
import type { PageContent } from './page-content.js';

/** How the lines of page text were made: by an author (plain text) or by a layout (PDF, OCR). */
export type LineOrigin = 'authored' | 'laid-out';

/** The document's normalized text, with a way back to the page and OCR words behind any span. */
export interface AssembledText {
  text: string;
  /** Evidence for `[start, end)` of `text`: its page and, for OCR pages, the mean confidence of its words. */
  locate(start: number, end: number): Evidence;
}

const PAGE_SEPARATOR = '\n\n';

/**
 * Joins the pages into one normalized text. Laid-out lines are joined into paragraphs, and a
 * paragraph cut by a page break is joined back, so a quote over two pages comes out whole.
 */
export function assembleText(pages: PageContent[], lines: LineOrigin): AssembledText {
  const pageStarts: number[] = [];
  let raw = '';
  for (const page of pages) {
    if (pageStarts.length > 0) raw += PAGE_SEPARATOR;
    pageStarts.push(raw.length);
    raw += page.text;
  }
  let t = normalizeText(mappedText(raw));
  if (lines === 'laid-out') t = joinLayoutLines(t);
  t = joinBrokenParagraphs(t);
  const { text, origin } = t;

  const words = pages.flatMap((page, i) =>
    (page.words ?? []).map((w) => ({ start: w.start + pageStarts[i]!, end: w.end + pageStarts[i]!, confidence: w.confidence })),
  );
  const pageIndexAt = (rawOffset: number): number => {
    let lo = 0;
    let hi = pageStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pageStarts[mid]! <= rawOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    text,
    locate(start, end) {
      const evidence: Evidence = { start, end };
      if (pages.length === 0) return evidence;
      const rawStart = origin[Math.min(start, text.length)]!;
      const rawEnd = end > start ? origin[end - 1]! + 1 : rawStart;
      evidence.page = pages[pageIndexAt(rawStart)]!.page;
      const confidence = meanConfidence(words, rawStart, rawEnd);
      if (confidence !== undefined) evidence.confidence = confidence;
      return evidence;
    },
  };
}

function meanConfidence(words: { start: number; end: number; confidence: number }[], start: number, end: number) {
  let sum = 0;
  let weight = 0;
  for (const w of words) {
    const overlap = Math.min(end, w.end) - Math.max(start, w.start);
    if (overlap <= 0) continue;
    sum += w.confidence * overlap;
    weight += overlap;
  }
  return weight > 0 ? Math.round((sum / weight) * 1000) / 1000 : undefined;
}
