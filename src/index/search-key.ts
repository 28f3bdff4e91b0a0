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
 * SQLite calls it as a registered function; PostgreSQL counts the same `trigrams()` of the query in
 * SQL (postgres-dialect.ts), so both stores match and rank alike.
 */
export function trigramCoverage(queryKey: string, textKey: string): number {
  const grams = queryTrigrams(queryKey);
  if (grams.length === 0) return textKey.includes(queryKey) ? 1 : 0;
  return grams.filter((g) => textKey.includes(g)).length / grams.length;
}

// SQLite calls trigramCoverage once per candidate quote with the same query: split it once.
let lastQuery: { key: string; grams: string[] } | undefined;
function queryTrigrams(key: string): string[] {
  if (lastQuery?.key !== key) lastQuery = { key, grams: trigrams(key) };
  return lastQuery.grams;
}

/** How much of a query must be found for a quote to match without containing it exactly. */
export const MIN_TRIGRAM_COVERAGE = 0.75;

/**
 * The query's trigrams in groups such that any text reaching `minCoverage` holds a trigram of every
 * group: with n trigrams such a text misses at most ⌊n·(1−minCoverage)⌋ of them, so it cannot miss a
 * whole group one larger than that. The stores fetch candidates through their trigram indexes as an
 * AND of these ORs, which a common trigram cannot widen the way a single OR of probes would (a short
 * query becomes an AND of all its trigrams), then measure coverage on the few that pass.
 */
export function trigramGroups(queryKey: string, minCoverage: number = MIN_TRIGRAM_COVERAGE): string[][] {
  const grams = trigrams(queryKey);
  const size = Math.floor(grams.length * (1 - minCoverage)) + 1;
  const groups: string[][] = [];
  for (let i = 0; i + size <= grams.length; i += size) groups.push(grams.slice(i, i + size));
  // Trigrams left over join the last group: a larger group is still one a match cannot miss.
  groups.at(-1)?.push(...grams.slice(groups.length * size));
  return groups;
}

/** The Latin words of a query, for the stemmed English match (Khmer has no word breaks to stem). */
export function englishWords(query: string): string[] {
  return searchKey(query).match(/[\p{Script=Latin}\p{Nd}]+/gu) ?? [];
}
