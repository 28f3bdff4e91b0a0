import { KHMER_ANY } from '../lang/khmer-script.js';

const KHMER_LETTER = new RegExp(`[${KHMER_ANY}]`, 'g');
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** How many Khmer and Latin letters `text` has: which script a line or section is written in. */
export function scriptLetterCounts(text: string): { khmer: number; latin: number } {
  return { khmer: text.match(KHMER_LETTER)?.length ?? 0, latin: text.match(LATIN_LETTER)?.length ?? 0 };
}
