import { searchKey } from './search-key.js';

// MinHash over character 5-gram shingles of the letters and digits only: a text file, its PDF and
// its scan differ in markup, spacing, line breaks and a few OCR misreads, which touch few shingles.
const SHINGLE = 5;
const HASHES = 64;
const SEEDS = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0);

/** A release text's MinHash signature (64 unsigned 32-bit minimums). */
export function textFingerprint(text: string): number[] {
  const letters = [...searchKey(text).replace(/[^\p{L}\p{M}\p{N}]/gu, '')];
  const signature = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= letters.length; i++) {
    const base = fnv1a(letters.slice(i, i + SHINGLE).join(''));
    for (let h = 0; h < HASHES; h++) {
      const value = mix(base ^ SEEDS[h]!);
      if (value < signature[h]!) signature[h] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures (0..1). */
export function fingerprintSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Two sources whose texts are at least this similar (and whose dates agree) are one release. The
 * seed's text, PDF and scan score above 0.8; two different releases of one ministry share
 * boilerplate but stay far below.
 */
export const SAME_RELEASE_SIMILARITY = 0.6;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
