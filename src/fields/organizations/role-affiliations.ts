import { ENGLISH_COUNTRY_NAMES, ENGLISH_NATIONALITY_WORDS } from '../../lang/english-country-names.js';
import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import { ENGLISH_NON_NAME_OPENERS, ENGLISH_ROLES_OF_A_BODY } from '../../lang/organization-heads.js';
import type { OrganizationMention } from './organization-mention.js';

const NAME_WORD = "(?:\\p{Lu}(?:[\\p{L}\\p{N}&-]|['’](?!s\\b)|\\.(?=\\p{L}))*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)";
// The name ends the apposition: punctuation or a clause follows, not a noun it qualifies (`founder
// of the Novena laptop project`) nor another capitalised part of the apposition (`Director, Leisure
// Business, Sentosa Development Corporation`: the division of a body). It may wrap to the next line.
const NAME_WORDS = `${NAME_WORD}(?:(?: |\\n(?!\\n))(?:(?:of|for|&) )?${NAME_WORD}){0,4}`;
const CLAUSE_AFTER = "[.;:)\\n]|['’]s\\b| (?:and|said|says|who|which)\\b|$";
const NAME = `${NAME_WORDS}(?=,|${CLAUSE_AFTER})`;
const LAST_IN_APPOSITION = `${NAME_WORDS}(?=,(?! \\p{Lu})|${CLAUSE_AFTER})`;
// `Chief Sector Skills Officer, NTUC LearningHub` (a capitalised role after a name's comma), `Group
// Enterprise at Singtel`, `co-founder of LibreOffice`. No `i` flag: it would let \p{Lu} match any letter.
const AFFILIATIONS = [
  new RegExp(`(?<=, (?:\\p{Lu}[\\p{L}-]* )*(?:${alternation(ENGLISH_TITLE_WORDS, capitalised)})s?, (?:the )?)${LAST_IN_APPOSITION}`, 'gu'),
  new RegExp(`(?<=(?<![\\p{L}-])(?:${alternation(ENGLISH_TITLE_WORDS, eitherCase)})s? at (?:the )?)${NAME}`, 'gu'),
  new RegExp(`(?<=(?<![\\p{L}-])(?:${alternation(ENGLISH_ROLES_OF_A_BODY, eitherCase)})s? of (?:the )?)${NAME}`, 'gu'),
];
const NOT_BODIES = new Set<string>([...ENGLISH_COUNTRY_NAMES, ...ENGLISH_NATIONALITY_WORDS, ...ENGLISH_NON_NAME_OPENERS]);

/**
 * The bodies people are introduced with: releases give a speaker as `Name, Role, Organization` or
 * `Role at Organization`, and the organization often has no head noun (`NTUC LearningHub`,
 * `Singtel`); the apposition shows what it is.
 */
export function findRoleAffiliations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const m of AFFILIATIONS.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const form = m[0].replace(/\n/g, ' ');
    if (NOT_BODIES.has(form) || NOT_BODIES.has(form.split(' ')[0]!)) continue;
    found.push({ start: m.index, end: m.index + form.length, form, lang: 'en', isAcronym: false });
  }
  return found;
}

function alternation(list: readonly string[], spell: (word: string) => string): string {
  return list.map(spell).join('|');
}

/** `Officer`, `CEO`: a title word as it opens a capitalised role. */
function capitalised(word: string): string {
  return word === 'ceo' ? 'CEO' : word[0]!.toUpperCase() + word.slice(1).replace(/-/g, '[-\u00AD]');
}

/** `[Ff]ounder`, `(?:CEO|ceo)`: a title word at the start of a sentence or inside one. */
function eitherCase(word: string): string {
  // A soft hyphen often stands for the hyphen in text taken from PDFs (`co\u00ADfounder`).
  return word === 'ceo' ? '(?:CEO|ceo)' : `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1).replace(/-/g, '[-\u00AD]')}`;
}
