import { KHMER_WORD_LETTERS } from '../../lang/khmer-script.js';
import {
  COUNTRY_ABBREVIATIONS,
  ENGLISH_ORGANIZATION_HEADS,
  ENGLISH_WEAK_ORGANIZATION_HEADS,
  KHMER_NAME_PREFIX_WORDS,
  KHMER_ORGANIZATION_HEADS,
} from '../../lang/organization-heads.js';
import { formLanguage, literalPattern, type OrganizationMention } from './organization-mention.js';

/** A name and what the parentheses after it give: its acronym or its name in the other language. */
export interface ParenthesizedPair {
  name: OrganizationMention;
  alias: OrganizationMention;
}

// `(UNDP)`, `(CamboJA)`, `(A*STAR)`, `(I2R)`: two or more capitals among at most ten letters. A
// plural (`CSDGs`, `NGOs`) abbreviates a kind of thing, not one organization.
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})(?![A-Za-z&]*[A-Z]s$)[A-Z][A-Za-z&*\d]{1,9}$/;
// `(C.T.C.)`, `(ក.ប.ទ.)`, `(ម.ប.ស)`: one letter per word, dotted; Khmer ministries abbreviate so.
export const DOTTED_ACRONYM = /^(?:[A-Z]\.){1,5}[A-Z]\.?$|^(?:[\u1780-\u17A2]\.){1,5}[\u1780-\u17A2]\.?$/u;
const CAPITALISED_WORDS_BEFORE = /(?:[A-Z][\p{L}\p{N}'’.&-]* +(?:(?:of|for|and|on|the|&) +)?)*[A-Z][\p{L}\p{N}'’.&-]*$/u;
// `(Congressional Cambodia Caucus-CCC)`: an English name, optionally with its acronym after a dash.
const ENGLISH_NAME = /^([A-Z][\p{L}'’.]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)?[A-Z][\p{L}'’.]*)+)(?:\s*[-–]\s*([A-Z]{2,10}))?$/u;
const COUNTRIES = new Set(COUNTRY_ABBREVIATIONS);
const STRONG_ENGLISH_HEADS = new Set([...ENGLISH_ORGANIZATION_HEADS, 'Caucus']);
const ENGLISH_HEADS = new Set([...STRONG_ENGLISH_HEADS, ...ENGLISH_WEAK_ORGANIZATION_HEADS]);
const PARENTHESES = /\(([^()\n]{2,80})\)/g;
const KHMER_RUN_BEFORE = new RegExp(`[${KHMER_WORD_LETTERS}]+$`);
const PREFIX = new RegExp(`^(?:${KHMER_NAME_PREFIX_WORDS.map(literalPattern).join('|')})`);
const KHMER_HEAD = new RegExp(KHMER_ORGANIZATION_HEADS.map(literalPattern).join('|'), 'g');
// Fewer Khmer letters than this before an acronym are a particle, not a name.
const MIN_KHMER_NAME = 4;
// How far back a Khmer name before parentheses may start.
const MAX_KHMER_NAME = 60;

/**
 * Names followed by parentheses that give their acronym (`Cambodia National Rescue Party (CNRP)`,
 * `កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ (UNDP)`) or their English name (`បណ្តាញ… (Khmer People’s Network…)`).
 * `mentions` are the names already found; a Khmer name not found yet is taken from the run of
 * Khmer letters before the parentheses.
 */
export function findParenthesizedPairs(text: string, mentions: readonly OrganizationMention[]): ParenthesizedPair[] {
  const pairs: ParenthesizedPair[] = [];
  const endingAt = new Map<number, OrganizationMention>();
  for (const mention of mentions) if (!endingAt.has(mention.end)) endingAt.set(mention.end, mention);
  PARENTHESES.lastIndex = 0;
  for (let m = PARENTHESES.exec(text); m !== null; m = PARENTHESES.exec(text)) {
    const inner = m[1]!.trim();
    const alias = readAlias(inner, m.index + 1 + m[1]!.indexOf(inner));
    if (!alias) continue;
    let before = m.index;
    while (before > 0 && /[\s»”"]/.test(text[before - 1]!)) before--;
    const known = endingAt.get(before);
    if (known && (alias.isAcronym || known.lang !== alias.lang)) {
      pairs.push({ name: known, alias });
      continue;
    }
    if (known) continue;
    const english = alias.isAcronym ? spelledOutBefore(text, before, alias.form) : undefined;
    if (english) {
      pairs.push({ name: english, alias });
      continue;
    }
    const khmer = khmerNameBefore(text, before);
    // `ផ្តល់ទីតាំងជាប៉ុស្តិ៍ប្រៃសណីយ៍ (Post Office)`: Khmer words without a head before a gloss with a
    // weak head are a description glossed, not a name.
    const heads = khmer?.headed ? ENGLISH_HEADS : STRONG_ENGLISH_HEADS;
    if (khmer && (alias.isAcronym || alias.form.split(/\s+/).some((w) => heads.has(w)))) pairs.push({ name: khmer.mention, alias });
  }
  return pairs;
}

function readAlias(inner: string, start: number): OrganizationMention | null {
  if (COUNTRIES.has(inner.replace(/\./g, ''))) return null;
  if (ACRONYM.test(inner)) return { start, end: start + inner.length, form: inner, lang: 'en', isAcronym: true };
  if (DOTTED_ACRONYM.test(inner)) return { start, end: start + inner.length, form: inner, lang: formLanguage(inner), isAcronym: true };
  const english = ENGLISH_NAME.exec(inner);
  if (!english) return null;
  const form = english[1]!;
  return { start, end: start + form.length, form, lang: 'en', isAcronym: false, ...(english[2] ? { acronym: english[2] } : {}) };
}

/** The Khmer name right before `before`, and whether a head noun starts it. */
function khmerNameBefore(text: string, before: number): { mention: OrganizationMention; headed: boolean } | undefined {
  const window = text.slice(Math.max(0, before - MAX_KHMER_NAME), before);
  const run = KHMER_RUN_BEFORE.exec(window)?.[0];
  if (!run) return undefined;
  const cut = run.length === window.length && KHMER_RUN_BEFORE.test(text[before - window.length - 1] ?? '');
  let lastHead = -1;
  KHMER_HEAD.lastIndex = 0;
  for (let h = KHMER_HEAD.exec(run); h !== null; h = KHMER_HEAD.exec(run)) lastHead = h.index;
  if (lastHead < 0 && cut) return undefined;
  const form = lastHead >= 0 ? run.slice(lastHead) : run.replace(PREFIX, '');
  if (form.length < MIN_KHMER_NAME) return undefined;
  return { mention: { start: before - form.length, end: before, form, lang: 'km', isAcronym: false }, headed: lastHead >= 0 };
}

/**
 * The capitalised words before `(ACRONYM)` whose initials spell the acronym (`Cambodian Centre for
 * Independent Media (CCIM)`); an all-capital word gives all its letters (`UN Development Programme`).
 */
function spelledOutBefore(text: string, before: number, acronym: string): OrganizationMention | undefined {
  const run = CAPITALISED_WORDS_BEFORE.exec(text.slice(Math.max(0, before - 150), before))?.[0];
  if (!run) return undefined;
  const capitals = acronym.replace(/[^A-Z]/g, '');
  const words = [...run.matchAll(/\S+/g)];
  let initials = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    if (!/^[A-Z]/.test(word)) continue;
    initials = (/^[A-Z]+$/.test(word) ? word : word[0]!) + initials;
    if (initials.length > capitals.length) return undefined;
    if (initials === capitals) {
      const form = run.slice(words[i]!.index);
      // `Resource Sustainability Act (RSA)`, `Autonomous Vehicle (AV)`: only a name with a head is a body.
      if (!form.split(/\s+/).some((w) => ENGLISH_HEADS.has(w.replace(/[.,]$/, '')))) return undefined;
      return { start: before - form.length, end: before, form, lang: 'en', isAcronym: false };
    }
  }
  return undefined;
}
