import {
  KHMER_GENERIC_TAILS,
  KHMER_GENITIVE_WORDS,
  KHMER_NAME_ENDERS,
  KHMER_ORGANIZATION_HEADS,
  KHMER_TRAILING_CONNECTORS,
} from '../../lang/organization-heads.js';
import { KHMER_WORD_LETTERS, literalPattern, type OrganizationMention } from './organization-mention.js';

// Khmer names run without spaces; a name longer than this has swallowed the rest of the sentence.
const MAX_NAME_LENGTH = 45;
// A head with fewer letters after it is a common noun (ក្រសួង "the ministry"), not a name.
const MIN_TAIL_LENGTH = 3;
const anyOf = (words: readonly string[]): string => words.map(literalPattern).join('|');
const HEAD = new RegExp(`(?:${anyOf(KHMER_ORGANIZATION_HEADS)})[${KHMER_WORD_LETTERS}]*`, 'g');
const HEAD_AT_START = new RegExp(`^(?:${anyOf(KHMER_ORGANIZATION_HEADS)})`);
const ENDER = new RegExp(anyOf(KHMER_NAME_ENDERS));
const GENERIC = new RegExp(`^(?:${anyOf(KHMER_GENERIC_TAILS)})`);
// A second head inside the run starts another name, unless a genitive ties it to the first
// (គណៈកម្មាធិការប្រតិបត្តិនៃគណបក្ស…).
const INNER_HEAD = new RegExp(`(?<!${KHMER_GENITIVE_WORDS.map(literalPattern).map((g) => `(?:${g})`).join('|')})(?:${anyOf(KHMER_ORGANIZATION_HEADS)})`);
const TRAILING_CONNECTOR = new RegExp(`(?:${anyOf(KHMER_TRAILING_CONNECTORS)})$`);
// `សាកលវិទ្យាល័យ Rangsit`, `ទីភ្នាក់ងារសារព័ត៌មាន Xinhua`: a Khmer head before a Latin proper name.
const LATIN_NAME_AFTER = /^ ([A-Z][\p{L}\p{N}-]*(?: [A-Z][\p{L}\p{N}-]*){0,3})/u;

/**
 * Khmer organization names found by the head noun they start with (ក្រសួង…, គណបក្ស…), up to the
 * next space or punctuation, cut before a word that starts the rest of the sentence or another name.
 */
export function findKhmerOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
    const headLength = HEAD_AT_START.exec(m[0])![0].length;
    let form = m[0];
    const tail = form.slice(headLength);
    const cut = [ENDER.exec(tail), INNER_HEAD.exec(tail)].filter((x) => x !== null).map((x) => x.index);
    if (cut.length > 0) form = form.slice(0, headLength + Math.min(...cut));
    while (TRAILING_CONNECTOR.test(form.slice(headLength))) form = form.replace(TRAILING_CONNECTOR, '');
    HEAD.lastIndex = m.index + Math.max(form.length, headLength);
    if (GENERIC.test(form.slice(headLength)) || form.length > MAX_NAME_LENGTH) continue;
    const latin = form === m[0] ? LATIN_NAME_AFTER.exec(text.slice(m.index + form.length)) : null;
    if (latin) form += latin[0];
    else if (form.length - headLength < MIN_TAIL_LENGTH) continue;
    found.push({ start: m.index, end: m.index + form.length, form, lang: 'km', isAcronym: false });
  }
  return found;
}
