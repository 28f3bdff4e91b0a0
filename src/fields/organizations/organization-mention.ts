import { hasKhmer } from '../../lang/khmer-script.js';
import { normalizeText } from '../../normalize/normalize-text.js';
import type { LanguageCode } from '../../schema/release.js';

/** A stretch of text that names an organization, and what is known about it. */
export interface OrganizationMention {
  start: number;
  end: number;
  /** The written form, or the acronym for an acronym mention. */
  form: string;
  lang: LanguageCode;
  isAcronym: boolean;
  /** Index in KNOWN_ORGANIZATIONS when the mention is a known name. */
  known?: number;
  /** Acronym given in parentheses right after the name, if any. */
  acronym?: string;
  /** Found by a weak head, so it counts only with an acronym. */
  weak?: boolean;
  /** Named through an office holder's title (`Minister of Justice`), so it does not give the name. */
  byTitle?: boolean;
}

/** Khmer when the form has Khmer letters. */
export function formLanguage(form: string): LanguageCode {
  return hasKhmer(form) ? 'km' : 'en';
}

/**
 * A regex source for `s`: Khmer subscript TA and DA (្ត / ្ដ) are spelled interchangeably in print,
 * both apostrophes are accepted, and a space may be missing (Khmer) or be a line break inside a
 * paragraph (hard-wrapped text), but never a paragraph break.
 */
export function literalPattern(s: string): string {
  return s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/្[តដ]/g, '្[តដ]')
    .replace(/['’]/g, "['’]")
    .replace(/ /g, '(?: |\\n(?!\\n))?');
}

/** A regex alternation of table words as the normalizer writes them, longest first so the longest wins. */
export function alternationOf(words: readonly string[]): string {
  return [...words]
    .map((w) => normalizeText(w).text)
    .sort((a, b) => b.length - a.length)
    .map(literalPattern)
    .join('|');
}
