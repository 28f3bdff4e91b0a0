import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import {
  ENGLISH_GENERIC_NAME_WORDS,
  ENGLISH_LABEL_CUES,
  ENGLISH_MODIFIER_HEADS,
  ENGLISH_NON_NAME_OPENERS,
  ENGLISH_ORGANIZATION_HEADS,
  ENGLISH_PREPOSITIONS,
  ENGLISH_WEAK_ORGANIZATION_HEADS,
  STOCK_EXCHANGES,
} from '../../lang/organization-heads.js';
import type { OrganizationMention } from './organization-mention.js';

const STRONG = new Set(ENGLISH_ORGANIZATION_HEADS);
const WEAK = new Set(ENGLISH_WEAK_ORGANIZATION_HEADS);
const OPENERS = new Set(ENGLISH_NON_NAME_OPENERS);
const PREPOSITIONS = new Set(ENGLISH_PREPOSITIONS);
const GENERIC = new Set(ENGLISH_GENERIC_NAME_WORDS);
const TITLES = new Set(ENGLISH_TITLE_WORDS);
const MODIFIERS = new Set(ENGLISH_MODIFIER_HEADS);
const RUN_OPENERS = new Set(['The', 'About']);
// `dubbed the Spoiled Ballot Party`: the phrase is a label.
const LABEL_CUE_BEFORE = new RegExp(`(?:^|\\s)(?:${ENGLISH_LABEL_CUES.join('|')})\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'i');
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an)\s+$/i;
const CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&']);
// Longest `of`/`for` tail after a head (`Ministry of Social Affairs Veterans and Youth Rehabilitation`).
const MAX_TAIL_WORDS = 7;
// A wrapped line of running text is at least this long; a shorter line before a break is a heading
// or a list item, and a name does not run on from it.
const MIN_WRAPPED_LINE = 50;
// A run of capitalised words, possibly joined by lower-case connectors (`Ministry of Economy and
// Finance`), an ordinal (`Sok An 1st May High School`) or a comma (`Agency for Science, Technology
// and Research`). A single line break may sit between words; `wrappedLinesOnly` judges it.
const WORD = "[A-Z][\\p{L}\\p{N}'’.&*-]*";
const JOIN = '(?:,? +|\\n(?!\\n))';
const CAPITALISED_RUN = new RegExp(`${WORD}(?:${JOIN}(?:(?:of|for|and|on|the|de|&|\\d+(?:st|nd|rd|th))${JOIN})*${WORD})*`, 'gu');

interface Word {
  word: string;
  start: number;
  end: number;
  /** The separator before the word: `,` when a comma precedes it, `\n` for a line break. */
  after: ',' | '\n' | ' ';
}

/** True when `phrase` has an English head noun (`Committee`, `Ministry`, ...). */
export function hasEnglishHead(phrase: string): boolean {
  return phrase.split(/\s+/).some(isHead);
}

/**
 * English organization names: capitalised phrases with a head noun (`National Election Committee`,
 * `Ministry of Justice`, `Gammon Pte Ltd`). A possessive (`Hun Sen’s`) ends what comes before the
 * name, an office holder's title (`President of the`) is not part of it, and two names joined by
 * `and` (`Building and Construction Authority and National Environment Agency`) are two.
 */
export function findEnglishOrganizations(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m !== null; m = CAPITALISED_RUN.exec(text)) {
    for (const words of splitRun(text, m[0], m.index)) {
      const name = nameIn(words);
      if (!name) continue;
      const start = name[0]!.start;
      // `Agency for Science, Technology and Research’s programme`: the possessive is not part of the name.
      const written = text.slice(start, name[name.length - 1]!.end).replace(/['’]s$/, '');
      // `Kroger Co.`, `Acme Inc.` keep the full stop of the abbreviation.
      const form = ABBREVIATED_FORMS.has(bareWord(name[name.length - 1]!.word)) ? written.replace(/,+$/, '') : written.replace(/[.,]+$/, '');
      // All-capital words are a heading (`PUBLIC SECTOR COUNCIL MEETS`), not a name.
      if (/^[A-Z\s]+$/.test(form)) continue;
      if (isLabelOrKind(text, start, start + form.length)) continue;
      // `Public Administration` / `Reform` wrapped at a short line still qualifies the next word.
      if (MODIFIERS.has(bareWord(name[name.length - 1]!.word)) && /^[ \n]\p{Lu}/u.test(text.slice(start + form.length))) continue;
      const heads = name.filter((w) => isHead(w.word));
      found.push({ start, end: start + form.length, form, lang: 'en', isAcronym: false, weak: !heads.some((h) => STRONG.has(bareWord(h.word))) && !isOfficeHolders(name) });
    }
  }
  return found;
}

/**
 * The run's words in pieces that can each hold one name: cut at a line break after a short line,
 * at a comma (unless it lists the last items of an `of`/`for` tail: `for Science, Technology and
 * Research`), at `and the`, and at an `and` between two phrases that each have a head.
 */
function splitRun(text: string, run: string, offset: number): Word[][] {
  const words: Word[] = [...run.matchAll(/\S+/g)].map((w) => {
    const start = offset + w.index;
    const gap = text.slice(start - 2, start);
    return { word: w[0].replace(/,$/, ''), start, end: start + w[0].replace(/,$/, '').length, after: gap.includes('\n') ? '\n' : gap.startsWith(',') ? ',' : ' ' };
  });
  const pieces: Word[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const piece = pieces[pieces.length - 1]!;
    const cut =
      piece.length > 0 &&
      (endsSentence(piece[piece.length - 1]!.word) ||
        // `About the National Environment Agency The National Environment Agency (NEA) is`: a heading
        // joined to its paragraph; a capitalised article inside a run starts another phrase.
        RUN_OPENERS.has(w.word) ||
        (w.after === '\n' && lineLengthBefore(text, w.start) < MIN_WRAPPED_LINE) ||
        (w.after === ',' && !closesTailList(piece, words.slice(i))) ||
        (w.word === 'the' && piece[piece.length - 1]!.word === 'and') ||
        // `Building and Construction Authority and National Environment Agency`; `Community Technology
        // Center of Sok An 1st May High School`: a second head after `and`/`of` starts a second name.
        ((w.word === 'and' || w.word === 'of') && piece.some((p) => isHead(p.word)) && untilComma(words, i + 1).some((n) => isHead(n.word))));
    if (cut) pieces.push([]);
    if (!(cut && CONNECTORS.has(w.word))) pieces[pieces.length - 1]!.push(w);
  }
  return pieces.map((p) => {
    const last = p.length - 1;
    return p[last]?.word === 'and' ? p.slice(0, last) : p;
  });
}

// Abbreviated company forms keep their full stop inside a name (`Acme Inc. Board`).
const ABBREVIATED_FORMS = new Set(['Inc', 'Ltd', 'Corp', 'Co', 'Bhd', 'Pte', 'Plc', 'St']);

/** `... Center. The CTC ...`: a word with a full stop ends a sentence unless it is an initial or a company form (`Inc.`). */
function endsSentence(word: string): boolean {
  return word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !ABBREVIATED_FORMS.has(word.slice(0, -1));
}

/** The words from `from` up to the next comma. */
function untilComma(words: Word[], from: number): Word[] {
  const comma = words.findIndex((w, i) => i >= from && w.after === ',');
  return words.slice(from, comma < 0 ? words.length : comma);
}

/** `for Science, Technology and Research`: after a comma, a few words and one `and` end an `of`/`for` tail. */
function closesTailList(piece: Word[], rest: Word[]): boolean {
  const headAt = piece.findIndex((w) => isHead(w.word));
  if (headAt < 0 || !['of', 'for'].includes(piece[headAt + 1]?.word ?? '')) return false;
  const upToAnd = rest.findIndex((w) => w.word === 'and');
  const list = rest.slice(0, upToAnd + 2);
  return upToAnd > 0 && upToAnd <= 3 && list.length === upToAnd + 2 && !list.some((w) => isHead(w.word) || /^[A-Z]{2,}$/.test(w.word) || (w !== rest[0] && w.after !== ' '));
}

function lineLengthBefore(text: string, at: number): number {
  const lineEnd = text.lastIndexOf('\n', at - 1);
  return lineEnd - (text.lastIndexOf('\n', lineEnd - 1) + 1);
}

/** The words of the name in a piece of a run, or null when it holds none. */
function nameIn(words: Word[]): Word[] | null {
  let first = 0;
  for (let i = 0; i < words.length - 1; i++) {
    // `Hun Sen’s Cambodian ...`: the possessor is not part of the name unless the head follows (`People’s Party`).
    if (/['’]s$/.test(bareWord(words[i]!.word)) && !isHead(words[i + 1]!.word)) first = i + 1;
  }
  // A name does not open with a possessive (`Cambodia’s Ministry of Justice`) or a function word.
  while (first < words.length && (OPENERS.has(words[first]!.word) || CONNECTORS.has(words[first]!.word) || /['’]s$/.test(words[first]!.word))) first++;
  // `President of the European Commission`: an office holder's title before `of` is not the name.
  const firstHead = words.findIndex((w, i) => i >= first && isHead(w.word));
  const of = words.findIndex((w, i) => i >= first && i < firstHead && w.word === 'of');
  if (of > first && TITLES.has(words[first]!.word.toLowerCase())) {
    first = of + 1;
    while (first < words.length && CONNECTORS.has(words[first]!.word)) first++;
  }
  let last = words.length - 1;
  while (last >= first && CONNECTORS.has(words[last]!.word)) last--;
  let lastHead = last;
  while (lastHead >= first && !isHead(words[lastHead]!.word)) lastHead--;
  if (lastHead < first) return null;
  if (MODIFIERS.has(bareWord(words[lastHead]!.word)) && lastHead < last && !CONNECTORS.has(words[lastHead + 1]!.word)) return null;
  // After the head, only an `of`/`for` tail belongs to the name (`Bank of Cambodia`), and a short one.
  if (lastHead < last && !CONNECTORS.has(words[lastHead + 1]!.word)) last = lastHead;
  last = Math.min(last, lastHead + MAX_TAIL_WORDS);
  while (last > lastHead && CONNECTORS.has(words[last]!.word)) last--;
  const name = words.slice(first, last + 1);
  if (name.length < 2) return null;
  // `High School`, `Executive Committee`: heads and generic modifiers only name a kind of body.
  if (name.every((w) => isHead(w.word) || GENERIC.has(bareWord(w.word)) || CONNECTORS.has(w.word))) return null;
  return name;
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

/**
 * `Prime Minister’s Office`, `Governor’s Office`: a weak head owned by an office holder's title
 * names that holder's institution, not a room or a plan.
 */
function isOfficeHolders(name: Word[]): boolean {
  const last = name[name.length - 1]!;
  const owner = name[name.length - 2]?.word;
  return WEAK.has(bareWord(last.word)) && owner !== undefined && /['’]s$/.test(owner) && TITLES.has(owner.replace(/['’]s$/, '').toLowerCase());
}

function bareWord(word: string): string {
  return word.replace(/[.,]+$/, '');
}

function isHead(word: string): boolean {
  const bare = bareWord(word);
  return STRONG.has(bare) || WEAK.has(bare);
}

// `Alphabet Inc. (NASDAQ: GOOGL)`: a name, then its exchange and ticker in parentheses.
const LISTED_COMPANY = new RegExp(
  `(?<![\\p{L}])((?:[A-Z][\\p{L}\\p{N}&'’.-]*|of|and|&)(?: (?:[A-Z][\\p{L}\\p{N}&'’.-]*|of|and|&)){0,5}),? \\((?:${STOCK_EXCHANGES.join('|')}) ?: ?[A-Z0-9.]{1,6}\\)`,
  'gu',
);

/** Companies named with their stock ticker (`The Kroger Co. (NYSE: KR)`): listed, so a body whatever their head. */
export function findListedCompanies(text: string): OrganizationMention[] {
  return [...text.matchAll(LISTED_COMPANY)].map((m) => {
    const form = m[1]!.replace(/^(?:(?:The|and|of|&) )+/, '');
    const start = m.index + m[1]!.length - form.length;
    return { start, end: start + form.length, form, lang: 'en' as const, isAcronym: false };
  });
}
