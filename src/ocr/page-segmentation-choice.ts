import type { PageSegMode } from './ocr-engine.js';
import type { LaidOutText } from './ocr-text-layout.js';

/** One OCR reading of a page under one page segmentation mode. */
export interface SegmentationCandidate {
  psm: PageSegMode;
  result: LaidOutText;
}

/** The candidate kept and why. */
export interface SegmentationChoice {
  chosen: SegmentationCandidate;
  reason: string;
}

/**
 * Below this share of the page's ink bands, a reading has probably lost lines: tesseract's
 * automatic layout drops whole Khmer lines while its confidence stays near 90
 * (/work/shared/notes/ocr-pdf-facts.md), so line counts, not confidence, raise the alarm.
 */
const MIN_LINE_COVERAGE = 0.8;

/** True when a reading found clearly fewer text lines than the image has bands of ink. */
export function looksIncomplete(result: LaidOutText, inkBands: number): boolean {
  return result.lines < inkBands * MIN_LINE_COVERAGE;
}

/**
 * Confidence-weighted characters: lost lines lower it, and so does the garbage a wrong
 * segmentation reads (low confidence), so the larger value is the better reading.
 */
function readingScore(result: LaidOutText): number {
  let score = 0;
  for (const word of result.words) score += (word.end - word.start) * word.confidence;
  return score;
}

/** Keeps the first candidate unless it looks incomplete and another scores higher. */
export function chooseSegmentation(candidates: SegmentationCandidate[], inkBands: number): SegmentationChoice {
  const [first, ...others] = candidates;
  if (!first) throw new TypeError('Expected at least one OCR candidate, got none');
  const describe = (candidate: SegmentationCandidate): string =>
    `psm ${candidate.psm}: ${candidate.result.lines} lines, score ${Math.round(readingScore(candidate.result))}`;
  if (others.length === 0) {
    const verdict = looksIncomplete(first.result, inkBands) ? 'fewer lines than ink bands, no alternative tried' : 'lines match ink bands';
    return { chosen: first, reason: `${describe(first)} for ${inkBands} ink bands; ${verdict}` };
  }
  const best = candidates.reduce((a, b) => (readingScore(b.result) > readingScore(a.result) ? b : a));
  const summary = `${candidates.map(describe).join('; ')} for ${inkBands} ink bands`;
  return {
    chosen: best,
    reason: `${summary}; psm ${first.psm} looked incomplete, kept psm ${best.psm} (highest confidence-weighted characters)`,
  };
}
