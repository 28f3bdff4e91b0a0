// Khmer digits U+17E0–U+17E9 (Unicode Standard, Khmer block); Cambodian documents mix them freely
// with Western digits, often inside one date (`29 កក្កដា 2018`).

/** Khmer digit characters, indexed by their value. */
export const KHMER_DIGITS = ['០', '១', '២', '៣', '៤', '៥', '៦', '៧', '៨', '៩'] as const;

/** A regex character class matching one Western or Khmer digit. */
export const ANY_DIGIT_CLASS = '[0-9០-៩]';

/**
 * `text` with each Khmer digit replaced by its Western digit. Both are one UTF-16 unit, so offsets
 * into the result are offsets into `text`.
 */
export function westernDigits(text: string): string {
  return text.replace(/[០-៩]/g, (d) => String(KHMER_DIGITS.indexOf(d as (typeof KHMER_DIGITS)[number])));
}

/** The integer written with Western and/or Khmer digits, or NaN when `digits` has another character. */
export function parseMixedDigits(digits: string): number {
  const western = westernDigits(digits);
  return /^[0-9]+$/.test(western) ? Number(western) : Number.NaN;
}
