import { ENGLISH_COUNTRY_NAMES, ENGLISH_NATIONALITY_WORDS } from '../../lang/english-country-names.js';
import { ENGLISH_HONORIFICS } from '../../lang/english-honorifics.js';
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../lang/english-months.js';
import { ENGLISH_NON_NAME_OPENERS, ENGLISH_SPONSOR_LIST_CUES } from '../../lang/organization-heads.js';
import type { OrganizationMention } from './organization-mention.js';

// A list item: a capitalised name of up to five words (`Standard Chartered`, `SingTel Innov8`,
// `iFly Singapore`, `Bank of America`), perhaps with its acronym in parentheses after it.
// A full stop stays inside a word only before a letter (`U.S.A`), so `Chartered. The` ends at the stop.
const NAME_WORD = "(?:\\p{Lu}(?:[\\p{L}\\p{N}'’&-]|\\.(?=\\p{L}))*|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)";
const ITEM = `(?:the )?${NAME_WORD}(?:[ \\n](?:(?:of|for|&)[ \\n])?${NAME_WORD}){0,4}(?: \\([^()\\n]{1,20}\\))?`;
const SEPARATOR = ',[ \\n]+(?!and\\b)';
const AND = ',?[ \\n]+and[ \\n]+';
// `…, Uptime and many more`: the list's end left open.
const OPEN_END = `${AND}(?:many |several |other |various )?(?:more|others)\\b`;
// Three items or more: `A, B and C`, `A, B, C, and D`, `A, B and many more`.
const LIST = new RegExp(`(?<![\\p{L}\\p{N}])${ITEM}(?:(?:${SEPARATOR}${ITEM})+(?:${AND}${ITEM}(?![\\p{L}\\p{N}])|${OPEN_END})|${SEPARATOR}${ITEM}${OPEN_END})`, 'gu');
const ITEM_IN_LIST = new RegExp(ITEM, 'gu');
const CUE_BEFORE = new RegExp(`(?:${ENGLISH_SPONSOR_LIST_CUES.join('|')})[ \\n]+$`, 'i');
// Two organizations already found in a list make it a list of organizations.
const MIN_KNOWN_ITEMS = 2;

const NOT_BODIES = new Set<string>([
  ...ENGLISH_COUNTRY_NAMES,
  ...ENGLISH_NATIONALITY_WORDS,
  ...ENGLISH_MONTHS.keys(),
  ...ENGLISH_WEEKDAYS,
  ...ENGLISH_NON_NAME_OPENERS,
]);
const DATE_WORDS = new Set<string>([...ENGLISH_MONTHS.keys(), ...ENGLISH_WEEKDAYS]);
const HONORIFIC = new RegExp(`^(?:${ENGLISH_HONORIFICS.map((h) => h.form.replace(/\./g, '\\.')).join('|')})(?:\\s|$)`);

/**
 * Names listed beside organizations are organizations. Releases list partners, sponsors and members
 * as `A, B, C and D` (`Bank of America, Citi, Deutsche Bank, HSBC, … and Standard Chartered`) and
 * credit bodies after a cue (`hosted by …`, `in partnership with …`), often by brand alone, with no
 * head noun to show what they are; their place in such a list does. A list qualifies when it follows
 * a cue or holds two organizations found already; countries, months and people in it stay out.
 */
export function findListedSiblings(text: string, mentions: readonly OrganizationMention[]): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  for (const list of text.matchAll(LIST)) {
    const items = itemsOf(list[0], list.index);
    // An office holder's title (`Minister of Social Affairs, Veterans and …`) is not a body in the list.
    const known = items.filter((item) => mentions.some((m) => m.lang === 'en' && !m.weak && !m.byTitle && m.start >= item.start && m.end <= item.end));
    const cued = CUE_BEFORE.test(text.slice(Math.max(0, list.index - 40), list.index));
    if (!cued && known.length < MIN_KNOWN_ITEMS) continue;
    for (const item of items) {
      if (known.includes(item) || !isBodyName(item.form)) continue;
      if (mentions.some((m) => m.start < item.end && item.start < m.end)) continue;
      found.push(item);
    }
  }
  return found;
}

function itemsOf(list: string, offset: number): OrganizationMention[] {
  return [...list.matchAll(ITEM_IN_LIST)].map((m) => {
    const article = m[0].startsWith('the ') ? 4 : 0;
    const written = m[0].slice(article).replace(/ \([^()]*\)$/, '');
    const start = offset + m.index + article;
    return { start, end: start + written.length, form: written.replace(/\n/g, ' '), lang: 'en' as const, isAcronym: false };
  });
}

function isBodyName(form: string): boolean {
  const words = form.split(' ');
  return !NOT_BODIES.has(form) && !HONORIFIC.test(form) && !NOT_BODIES.has(words[0]!) && !words.some((w) => DATE_WORDS.has(w));
}
