import { KHMER_ANY } from '../lang/khmer-script.js';
import { normalizeText } from '../normalize/normalize-text.js';

// Khmer writes spaces between phrases, not words, and OCR and text layers disagree on them, so the
// search key drops every space that touches a Khmer character; Latin words keep theirs.
const SPACE_BY_KHMER = new RegExp(`(?<=[${KHMER_ANY}]) +| +(?=[${KHMER_ANY}])`, 'g');

/**
 * The form quotes are searched in, made the same way for the stored text and the query: presspipe's
 * normalizer, lower case, one space for any run of white space, no spaces beside Khmer.
 */
export function searchKey(text: string): string {
  return normalizeText(text).text.toLowerCase().replace(/\s+/g, ' ').replace(SPACE_BY_KHMER, '').trim();
}

/** The character trigrams of a search key, each once, in order of first appearance. */
export function trigrams(key: string): string[] {
  const seen = new Set<string>();
  const chars = [...key];
  for (let i = 0; i + 3 <= chars.length; i++) seen.add(chars.slice(i, i + 3).join(''));
  return [...seen];
}

/**
 * Share of the query's trigrams found in the text (0..1): 1 for a substring; a misread character
 * costs at most three trigrams, so a long query still reaches a high share through OCR errors.
 * The same measure is written in SQL for PostgreSQL (migration 1) and registered as a function in
 * SQLite, so both stores rank alike.
 */
export function trigramCoverage(queryKey: string, textKey: string): number {
  const grams = trigrams(queryKey);
  if (grams.length === 0) return textKey.includes(queryKey) ? 1 : 0;
  return grams.filter((g) => textKey.includes(g)).length / grams.length;
}

/** How much of a query must be found for a quote to match without containing it exactly. */
export const MIN_TRIGRAM_COVERAGE = 0.75;

/**
 * Trigrams of which any text reaching `minCoverage` must contain at least one: with n trigrams and
 * at most n·(1−minCoverage) missing, any ⌊n·(1−minCoverage)⌋+1 of them cannot all be missing. The
 * stores fetch candidates by these through their trigram indexes, then measure coverage.
 */
export function probeTrigrams(queryKey: string, minCoverage: number = MIN_TRIGRAM_COVERAGE): string[] {
  const grams = trigrams(queryKey);
  const needed = Math.floor(grams.length * (1 - minCoverage)) + 1;
  // Spread over the query, so one misread stretch does not hide all of them.
  const step = grams.length / needed;
  return Array.from({ length: Math.min(needed, grams.length) }, (_, i) => grams[Math.floor(i * step)]!);
}

/** The Latin words of a query, for the stemmed English match (Khmer has no word breaks to stem). */
export function englishWords(query: string): string[] {
  return searchKey(query).match(/[\p{Script=Latin}\p{Nd}]+/gu) ?? [];
}
