// Code point classes of the Khmer block (Unicode 15, chapter 16.4 "Khmer"), used to order clusters,
// tell Khmer from Latin text and judge whether a text layer holds real Khmer.

/** Consonants and independent vowels: the bases a cluster starts with. */
export const KHMER_BASE = '\u1780-\u17B3';
/** Marks that follow a base: vowels, signs, shifters, robat, coeng, atthacan. */
export const KHMER_MARK = '\u17B6-\u17D3\u17DD';
/** Every letter of the Khmer and Khmer Symbols blocks, digits included. */
export const KHMER_ANY = '\u1780-\u17FF\u19E0-\u19FF';
/** Khmer letters, signs and the repetition mark ៗ, but not Khmer punctuation (។ ៕ ៖) or digits: what a word is written with. */
export const KHMER_WORD_LETTERS = '\u1780-\u17D3\u17D7\u17DC\u17DD';

const KHMER_BLOCK_CHAR = /[\u1780-\u17FF]/;

/** True when `text` has a character of the Khmer block: a name or phrase with one is Khmer, not Latin. */
export function hasKhmer(text: string): boolean {
  return KHMER_BLOCK_CHAR.test(text);
}

/**
 * Rank of each mark inside a cluster, following the storage order of the Unicode Standard and the
 * OpenType Khmer shaping spec: robat, subscripts (COENG RO last), register shifters, vowel, signs.
 */
export function khmerMarkRank(unit: string): number {
  const c = unit.codePointAt(0)!;
  if (c === 0x17cc) return 0; // ROBAT
  if (c === 0x17d2) return unit.codePointAt(1) === 0x179a ? 2 : 1;
  if (c === 0x17c9 || c === 0x17ca) return 3; // MUUSIKATOAN, TRIISAP
  if (c >= 0x17b6 && c <= 0x17c5) return 4;
  return 5;
}

/**
 * Spellings that print identically, folded to the one in common use: the subscript forms of DA and
 * TA are the same glyph, so OCR and typists pick either (ផ្ដួច / ផ្តួច).
 */
export const KHMER_LOOKALIKES: ReadonlyArray<readonly [from: string, to: string]> = [['\u17D2\u178A', '\u17D2\u178F']];
