import { KHMER_COUNTRY_NAMES } from '../../lang/khmer-country-names.js';
import { KHMER_WORD_LETTERS } from '../../lang/khmer-script.js';
import { CAMBODIAN_PLACES } from '../../lang/place-names.js';
import {
  KHMER_ADMINISTERED_PLACE_KINDS,
  KHMER_ADMINISTRATION_HEADS,
  KHMER_COMPOUNDS_HIDING_STOP_WORDS,
  KHMER_GENERIC_TAILS,
  KHMER_GENITIVE_WORDS,
  KHMER_LATIN_NAME_CLASSIFIERS,
  KHMER_NAME_ENDERS,
  KHMER_ORGANIZATION_HEADS,
  KHMER_PROPER_NAME_MARKERS,
  KHMER_SCHOOL_HEADS,
  KHMER_TRAILING_CONNECTORS,
  KHMER_WEAK_ORGANIZATION_HEADS,
} from '../../lang/organization-heads.js';
import { khmerOwnerSuffix } from './khmer-owner-suffix.js';
import { alternationOf as anyOf, literalPattern, type OrganizationMention } from './organization-mention.js';

// Khmer names run without spaces; a name longer than this has swallowed the rest of the sentence.
const MAX_NAME_LENGTH = 50;
// A head with fewer letters after it is a common noun (ក្រសួង "the ministry"), not a name.
const MIN_TAIL_LENGTH = 3;
const HEAD = new RegExp(`(?:${anyOf(KHMER_ORGANIZATION_HEADS)})[${KHMER_WORD_LETTERS}]*`, 'g');
const HEAD_AT_START = new RegExp(`^(?:${anyOf(KHMER_ORGANIZATION_HEADS)})`);
const WEAK_HEAD_AT_START = new RegExp(`^(?:${anyOf(KHMER_WEAK_ORGANIZATION_HEADS)})`);
const ENDER = new RegExp(anyOf(KHMER_NAME_ENDERS));
const GENERIC = new RegExp(`^(?:${anyOf(KHMER_GENERIC_TAILS)})`);
// A second head inside the run starts another name, unless a genitive ties it to the first
// (គណៈកម្មាធិការប្រតិបត្តិនៃគណបក្ស…).
const INNER_HEAD = new RegExp(`(?<!${KHMER_GENITIVE_WORDS.map(literalPattern).map((g) => `(?:${g})`).join('|')})(?:${anyOf(KHMER_ORGANIZATION_HEADS)})`);
const TRAILING_CONNECTOR = new RegExp(`(?:${anyOf(KHMER_TRAILING_CONNECTORS)})$`);
// `សាកលវិទ្យាល័យ Rangsit`, `ទីភ្នាក់ងារសារព័ត៌មាន Xinhua`: a Khmer head before a Latin proper name.
const LATIN_NAME_AFTER = /^ ([A-Z][\p{L}\p{N}-]*(?: [A-Z][\p{L}\p{N}-]*){0,3})/u;
const MARKER = new RegExp(anyOf([...KHMER_COUNTRY_NAMES, ...KHMER_PROPER_NAME_MARKERS]));
const HIDDEN_FROM_ENDERS = new RegExp(anyOf(KHMER_COMPOUNDS_HIDING_STOP_WORDS), 'g');
const HIDDEN_FROM_MARKERS = new RegExp(anyOf(KHMER_COMPOUNDS_HIDING_STOP_WORDS.filter((w) => !KHMER_PROPER_NAME_MARKERS.includes(w))), 'g');
// `អគ្គនាយកដ្ឋានព័ត៌មាន និងសោតទស្សន៍ នៃក្រសួង…`: a conjunct after a space belongs to the name when a
// genitive ties the whole to its owner right after it.
const SPACED_CONJUNCT = new RegExp(`^ និង[${KHMER_WORD_LETTERS}]+(?= (?:នៃ|របស់|ប្រចាំ))`);

/**
 * Khmer organization names found by the head noun they start with (ក្រសួង…, គណបក្ស…), up to the
 * next space or punctuation, cut before a word that starts the rest of the sentence or another name,
 * and extended by the country that owns it (ក្រសួងការបរទេសថៃ). A name with a weak head and no
 * proper-name mark is flagged `weak`: it counts only when an acronym or English name pairs with it.
 */
export function findKhmerOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(text); m !== null; m = HEAD.exec(text)) {
    const headLength = HEAD_AT_START.exec(m[0])![0].length;
    let form = cutAtEnder(m[0], headLength);
    while (TRAILING_CONNECTOR.test(form.slice(headLength))) form = form.replace(TRAILING_CONNECTOR, '');
    // A name cut at a link word such as របស់ "of" gets back the owner that follows it
    // (ក្រសួងពាណិជ្ជកម្មរបស់ប្រទេសថៃ); a whole run ended at a space, so nothing is glued after it.
    const uncut = form === m[0];
    if (!uncut) form += khmerOwnerSuffix(text, m.index + form.length);
    HEAD.lastIndex = m.index + Math.max(form.length, headLength);
    if (GENERIC.test(form.slice(headLength)) || form.length > MAX_NAME_LENGTH) continue;
    const latin = uncut ? LATIN_NAME_AFTER.exec(text.slice(m.index + form.length)) : null;
    if (latin) form += latin[0];
    else if (form.length - headLength < MIN_TAIL_LENGTH) continue;
    const conjunct = uncut && !latin ? SPACED_CONJUNCT.exec(text.slice(m.index + form.length))?.[0] : undefined;
    if (conjunct && cutAtEnder(conjunct, 0) === conjunct) form += conjunct;
    const weak = !latin && WEAK_HEAD_AT_START.test(form) && !MARKER.test(form.replace(HIDDEN_FROM_MARKERS, hide));
    found.push({ start: m.index, end: m.index + form.length, form, lang: 'km', isAcronym: false, ...(weak ? { weak } : {}) });
  }
  return found;
}

// `ក្រុមហ៊ុន One Touch និង Red Spark Production`: a business noun, then one or two Latin brand names.
// Lower-case connectors may join its words (ក្រុមការងារ `Sisters of Code`).
const LATIN_BRAND = '[A-Z][\\p{L}\\p{N}-]*(?: (?:(?:of|for|and|the) )?[A-Z][\\p{L}\\p{N}-]*){0,3}';
const CLASSIFIED_BRANDS = new RegExp(`(?:${anyOf(KHMER_LATIN_NAME_CLASSIFIERS)}) (${LATIN_BRAND})(?: និង (${LATIN_BRAND}))?`, 'gu');

/**
 * Latin brand names introduced by a Khmer business noun (រោងភាពយន្ត `Major Cineplex`, ក្រុមហ៊ុន `GDH599`);
 * the Latin name alone is the organization's name.
 */
export function findClassifiedLatinNames(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const m of text.matchAll(CLASSIFIED_BRANDS)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of [m[1], m[2]]) {
      if (name === undefined) continue;
      at = text.indexOf(name, at);
      found.push({ start: at, end: at + name.length, form: name, lang: 'en', isAcronym: false });
      at += name.length;
    }
  }
  return found;
}

/** `run` up to the first stop word or second head after its first `from` letters. */
function cutAtEnder(run: string, from: number): string {
  const tail = run.slice(from).replace(HIDDEN_FROM_ENDERS, hide);
  const cut = [ENDER.exec(tail), INNER_HEAD.exec(tail)].filter((x) => x !== null).map((x) => x.index);
  return cut.length > 0 ? run.slice(0, from + Math.min(...cut)) : run;
}

/** Same-length filler, so offsets in the hidden copy still point into the original. */
function hide(word: string): string {
  return '·'.repeat(word.length);
}

// គណៈអភិបាល + ខេត្ត/រាជធានី + a province: `គណៈអភិបាលក្រុង-ស្រុក…` (every town's board) names no one body.
const ADMINISTRATION = new RegExp(
  `(?:${anyOf(KHMER_ADMINISTRATION_HEADS)})(?:${anyOf(KHMER_ADMINISTERED_PLACE_KINDS)})(?:${anyOf(CAMBODIAN_PLACES.map((p) => p.km))})`,
  'gu',
);

/** The administration of a province or the capital (គណៈអភិបាលខេត្តតាកែវ "Takeo provincial administration"). */
export function findProvincialAdministrations(text: string): OrganizationMention[] {
  return [...text.matchAll(ADMINISTRATION)].map((m) => ({ start: m.index, end: m.index + m[0].length, form: m[0], lang: 'km' as const, isAcronym: false }));
}

// Up to five words after the school noun, each ended by a space; a word that starts the rest of the
// sentence (និង "and", ដែល "which", an honorific, another school) ends the name.
const SCHOOL = new RegExp(`(?:${anyOf(KHMER_SCHOOL_HEADS)}) ((?:[${KHMER_WORD_LETTERS}០-៩]+ ?){1,5})`, 'gu');
const SCHOOL_NAME_END = new RegExp(`^(?:${anyOf([...KHMER_NAME_ENDERS, ...KHMER_SCHOOL_HEADS, ...KHMER_ORGANIZATION_HEADS, 'និង', 'ខេត្ត', 'ស្រុក'])})`);

/** Schools named after the school noun and a space (`វិទ្យាល័យ ហ៊ុន សែន ១ មិថុនា`). */
export function findKhmerSchools(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  SCHOOL.lastIndex = 0;
  for (let m = SCHOOL.exec(text); m !== null; m = SCHOOL.exec(text)) {
    const words: string[] = [];
    for (const word of m[1]!.trim().split(' ')) {
      if (SCHOOL_NAME_END.test(word)) break;
      words.push(word);
    }
    if (words.length === 0) {
      SCHOOL.lastIndex = m.index + 1;
      continue;
    }
    const form = m[0].slice(0, m[0].length - m[1]!.length) + words.join(' ');
    // The next school may start inside this match (`វិទ្យាល័យ សុខអាន ត្រាំខ្នារ វិទ្យាល័យ ប៊ុនរ៉ានី ...`).
    SCHOOL.lastIndex = m.index + form.length;
    found.push({ start: m.index, end: m.index + form.length, form, lang: 'km', isAcronym: false });
  }
  return found;
}
