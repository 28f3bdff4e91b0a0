import {
  ENGLISH_LABEL_CUES,
  ENGLISH_NON_NAME_OPENERS,
  ENGLISH_ORGANIZATION_HEADS,
  ENGLISH_PREPOSITIONS,
  ENGLISH_WEAK_ORGANIZATION_HEADS,
} from '../../lang/organization-heads.js';
import type { OrganizationMention } from './organization-mention.js';

const STRONG = new Set(ENGLISH_ORGANIZATION_HEADS);
const WEAK = new Set(ENGLISH_WEAK_ORGANIZATION_HEADS);
const OPENERS = new Set(ENGLISH_NON_NAME_OPENERS);
const PREPOSITIONS = new Set(ENGLISH_PREPOSITIONS);
// `dubbed the Spoiled Ballot Party`: the phrase is a label.
const LABEL_CUE_BEFORE = new RegExp(`(?:^|\\s)(?:${ENGLISH_LABEL_CUES.join('|')})\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'i');
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an)\s+$/i;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&']);
// Longest `of`/`for` tail after a head (`Ministry of Social Affairs Veterans and Youth Rehabilitation`).
const MAX_TAIL_WORDS = 7;
// A run of capitalised words, possibly joined by lower-case connectors (`Ministry of Economy and
// Finance`). Words are joined by spaces only: a line break may end a heading.
const CAPITALISED_RUN = /[A-Z][\p{L}\p{N}'’.&-]*(?: +(?:(?:of|for|and|on|the|de|&) +)*[A-Z][\p{L}\p{N}'’.&-]*)*/gu;

/** True when `phrase` has an English head noun (`Committee`, `Ministry`, ...). */
export function hasEnglishHead(phrase: string): boolean {
  return phrase.split(/\s+/).some(isHead);
}

/**
 * English organization names: capitalised phrases with a head noun (`National Election Committee`,
 * `Ministry of Justice`). A possessive (`Hun Sen’s`) ends what comes before the name.
 */
export function findEnglishOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ word: w[0], start: m!.index + w.index, end: m!.index + w.index + w[0].length }));
    let first = 0;
    for (let i = 0; i < words.length - 1; i++) {
      const bare = words[i]!.word.replace(/[.,]$/, '');
      // `Hun Sen’s Cambodian ...`: the possessor is not part of the name unless the head follows (`People’s Party`).
      if (/['’]s$/.test(bare) && !isHead(words[i + 1]!.word)) first = i + 1;
    }
    // A name does not open with a possessive (`Cambodia’s Ministry of Justice`) or a function word.
    while (first < words.length && (OPENERS.has(words[first]!.word) || CONNECTORS.has(words[first]!.word) || /['’]s$/.test(words[first]!.word))) first++;
    let last = words.length - 1;
    while (last >= first && CONNECTORS.has(words[last]!.word)) last--;
    let lastHead = last;
    while (lastHead >= first && !isHead(words[lastHead]!.word)) lastHead--;
    if (lastHead < first) continue;
    // After the head, only an `of`/`for` tail belongs to the name (`Bank of Cambodia`), and a short one.
    if (lastHead < last && !CONNECTORS.has(words[lastHead + 1]!.word)) last = lastHead;
    last = Math.min(last, lastHead + MAX_TAIL_WORDS);
    while (last > lastHead && CONNECTORS.has(words[last]!.word)) last--;
    const name = words.slice(first, last + 1);
    const heads = name.filter((w) => isHead(w.word));
    if (name.length < 2) continue;
    const start = name[0]!.start;
    const end = name[name.length - 1]!.end;
    const form = text.slice(start, end).replace(/[.,]+$/, '');
    // All-capital words are a heading (`PUBLIC SECTOR COUNCIL MEETS`), not a name.
    if (/^[A-Z\s]+$/.test(form)) continue;
    if (isLabelOrKind(text, start, start + form.length)) continue;
    found.push({ start, end: start + form.length, form, lang: 'en', isAcronym: false, weak: !heads.some((h) => STRONG.has(bareWord(h.word))) });
  }
  return found;
}

/**
 * A label (`dubbed the Spoiled Ballot Party`) or a kind (`a State Party to the Convention`): after
 * `a`/`an` a name is one only when it qualifies the noun that follows (`a CPP Executive Committee member`).
 */
function isLabelOrKind(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (LABEL_CUE_BEFORE.test(before)) return true;
  if (!INDEFINITE_BEFORE.test(before)) return false;
  const next = /^ ([a-z]+)/.exec(text.slice(end))?.[1];
  return next === undefined || PREPOSITIONS.has(next);
}

function bareWord(word: string): string {
  return word.replace(/[.,]+$/, '');
}

function isHead(word: string): boolean {
  const bare = bareWord(word);
  return STRONG.has(bare) || WEAK.has(bare);
}
