import { westernDigits } from '../../lang/khmer-numerals.js';

/** What alignment needs to know about one quote. */
export interface AlignableQuote {
  text: string;
  /** The speaker's name when it is written in Latin script (comparable across languages). */
  latinSpeaker?: string;
  /** True when the quotation stops before its closing mark (cut at a page end): only its start is known. */
  cut?: boolean;
  /** Ordinal of the quote's paragraph among its section's paragraphs written in the section's script. */
  paragraph?: number;
}

// Below this score a Khmer/English pair is left unaligned: one matching signal (length, a number
// or the speaker) is not enough on its own.
const MIN_PAIR_SCORE = 1;

/**
 * Pairs Khmer quotes with their English translations, keeping each section's order (a bilingual
 * release translates paragraph by paragraph). Returns [khmerIndex, englishIndex] pairs.
 */
export function alignBilingualQuotes(km: AlignableQuote[], en: AlignableQuote[]): Array<[number, number]> {
  const kmFeatures = km.map(features);
  const enFeatures = en.map(features);
  const scores = kmFeatures.map((k) => enFeatures.map((e) => scoreFeatures(k, e)));
  // Monotonic alignment (like a longest common subsequence) that maximizes the summed pair score.
  const best: number[][] = Array.from({ length: km.length + 1 }, () => new Array<number>(en.length + 1).fill(0));
  for (let i = km.length - 1; i >= 0; i--) {
    for (let j = en.length - 1; j >= 0; j--) {
      const s = scores[i]![j]!;
      const take = s >= MIN_PAIR_SCORE ? s + best[i + 1]![j + 1]! : -Infinity;
      best[i]![j] = Math.max(take, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < km.length && j < en.length) {
    const s = scores[i]![j]!;
    if (s >= MIN_PAIR_SCORE && best[i]![j] === s + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/** How strongly a Khmer and an English quote look like translations of each other. */
export function pairScore(km: AlignableQuote, en: AlignableQuote): number {
  return scoreFeatures(features(km), features(en));
}

interface Features {
  latinSpeaker?: string;
  numbers: Set<string>;
  letters: number;
  cut: boolean;
  paragraph?: number;
}

function features(q: AlignableQuote): Features {
  return {
    ...(q.latinSpeaker ? { latinSpeaker: q.latinSpeaker } : {}),
    numbers: numbersIn(q.text),
    letters: q.text.replace(/\s/g, '').length,
    cut: q.cut === true,
    ...(q.paragraph !== undefined ? { paragraph: q.paragraph } : {}),
  };
}

function scoreFeatures(km: Features, en: Features): number {
  let score = 0;
  if (km.latinSpeaker && en.latinSpeaker) score += km.latinSpeaker === en.latinSpeaker ? 2 : -3;
  score += numberScore(km, en);
  // Khmer, written without spaces between words, takes about as many code units as English for
  // the same content; the seed's quotes differ by less than a factor 1.5.
  const ratio = km.letters / Math.max(1, en.letters);
  if (km.cut !== en.cut) return score + cutScore(km.cut ? 1 / ratio : ratio, km, en);
  score += ratio < 0.4 || ratio > 2.5 ? -2 : 1 - Math.abs(Math.log(ratio));
  return score;
}

function numberScore(km: Features, en: Features): number {
  // A cut quote may have lost its numbers with its end: only the numbers it kept must agree.
  const [kept, whole] = km.cut && !en.cut ? [km.numbers, en.numbers] : en.cut && !km.cut ? [en.numbers, km.numbers] : [];
  if (kept && whole) {
    if (kept.size === 0) return 0;
    return [...kept].every((n) => whole.has(n)) ? 2 : -2;
  }
  const kn = km.numbers;
  const enNums = en.numbers;
  if (kn.size > 0 && enNums.size > 0) {
    const shared = [...kn].filter((n) => enNums.has(n)).length;
    return shared === kn.size && shared === enNums.size ? 2 : shared > 0 ? 1 : -2;
  }
  return kn.size + enNums.size > 0 ? -0.5 : 0;
}

// A quote cut at a page end is a prefix of its translation's counterpart, so its length only says
// it may not be much longer than the whole one (`wholeToCut` is the whole one's length over the cut
// one's). Length no longer tells translations apart, so the paragraph position takes its place: a
// release is translated paragraph by paragraph.
function cutScore(wholeToCut: number, km: Features, en: Features): number {
  if (wholeToCut < 0.6) return -2;
  if (km.paragraph === undefined || en.paragraph === undefined) return 0;
  return Math.abs(km.paragraph - en.paragraph) <= 1 ? 1 : -1;
}

// A Khmer quote writes its numbers in Khmer digits, its translation in Western ones: compare them as one.
function numbersIn(text: string): Set<string> {
  return new Set(westernDigits(text).match(/\d+/g) ?? []);
}
