import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../lang/english-months.js';
import { LUNAR_SOLAR_JOINERS } from '../../lang/khmer-lunar-calendar.js';
import { KHMER_WORD_LETTERS } from '../../lang/khmer-script.js';
import { CAMBODIAN_PLACES, ENGLISH_PLACE_UNIT_WORDS, KHMER_PLACE_OPENERS, KHMER_PLACE_PREFIXES } from '../../lang/place-names.js';
import { HEADER_FIELD_LABELS, RELEASE_DATE_LABELS } from '../../lang/header-labels.js';
import { TITLE_BOILERPLATE } from '../../lang/title-boilerplate.js';
import type { Span } from '../field-types.js';
import type { SectionLine } from '../section-lines.js';
import { readCuedDateAt } from './cued-date.js';
import { alternation, findDates, KHMER_LUNAR_DATE, readDateAt, type WrittenDate } from './written-date.js';

/** What a line says as a dateline or byline: a place, a date, or both. */
export interface Dateline {
  kind: 'dateline' | 'byline' | 'lunar';
  line: SectionLine;
  place?: Span;
  date?: WrittenDate;
  /** A lunar date with no solar date joined to it (ត្រូវនឹង ...). */
  lunarOnly?: Span;
  /** Where the story starts after the dateline: past its dash or colon, or the end of the line. */
  leadStart: number;
}

// A weekday or month after the place starts the date (`Phnom Penh, Monday, 4 March 2019`), and an
// event cue starts the lead (`Takeo Province, On the afternoon of …`).
const DATE_WORDS = [...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS.keys(), 'on', 'in'].flatMap((w) => [
  w[0]!.toUpperCase() + w.slice(1),
  w.toUpperCase(),
]);
const NOT_DATE_WORD = `(?!(?:${DATE_WORDS.join('|')})\\b)`;
// A place phrase: capitalised words, optionally comma-separated, with admin-unit words in lower case
// (`Ariksat Commune, Kandal Province`, `Siem Reap province`); at most six words.
const EN_WORD = `(?:${NOT_DATE_WORD}[A-Z][\\p{L}'’.-]*|${ENGLISH_PLACE_UNIT_WORDS.join('|')})`;
const EN_PLACE = `${NOT_DATE_WORD}[A-Z][\\p{L}'’.-]*(?:(?:, ?| )${EN_WORD}){0,5}`;
// Khmer writes a place without spaces (`រាជធានីភ្នំពេញ`, `ខេត្តកណ្តាល`).
const KM_PLACE = `[${KHMER_WORD_LETTERS}]{2,40}`;
const DASH = '[—–]|--?';
// Wire copy names its agency after the place: `PHNOM PENH (Reuters) —`.
const AGENCY = '(?:\\s*\\([A-Z][\\p{L} ]{1,30}\\))?';
const PLACE = `^(${EN_PLACE}|${KM_PLACE})${AGENCY}`;
const PLACE_THEN_DASH = new RegExp(`${PLACE}\\s*(?:${DASH})\\s`, 'u');
// The date after the place: `Phnom Penh, 4 March`, `Kuching, Malaysia - May 14`, `Bangkok (March 5, 2020) —`.
const PLACE_THEN_DATE = new RegExp(`${PLACE}(?:\\s*(?:${DASH})\\s*|,\\s*|\\s*(\\()|\\s+)`, 'u');
// `PUTRAJAYA: The …`, `Phnom Penh: On the morning of …`, `រាជធានីភ្នំពេញ៖ …`.
const PLACE_THEN_COLON = new RegExp(`${PLACE}\\s*[:៖]\\s*`, 'u');
// `Takeo Province, On the afternoon of July 5, 2025, …`: the place, then the lead's event date.
const PLACE_THEN_COMMA = new RegExp(`${PLACE},\\s*`, 'u');
// The date first: `18 May 2011, Singapore –`.
const COMMA_THEN_PLACE = new RegExp(`^,\\s*(${EN_PLACE}|${KM_PLACE})${AGENCY}\\s*(?:${DASH}|[:៖])\\s*`, 'u');
// What may follow the date of a dateline: a dash, a colon (Khmer ៖), a bar, or the end of the line.
const AFTER_DATELINE_DATE = /^\s*(?:[—–:៖|]|--?\s|\.?$)\s*/;
const BYLINE_START = /^By\s/;
// `FOR IMMEDIATE RELEASE: June 3, 2019`, `Release date – 5 March 2020`.
const RELEASE_DATE_LABEL = new RegExp(`^(?:${alternation(RELEASE_DATE_LABELS)})\\s*[:៖—–-]?\\s*`, 'i');
const LABELS = new Set([...RELEASE_DATE_LABELS, ...HEADER_FIELD_LABELS, ...TITLE_BOILERPLATE]);
// An all-capital place before a colon opens a story only when a sentence follows (`PUTRAJAYA: The
// Government …`); a short rest is a label's value.
const MIN_WORDS_AFTER_CAPITAL_PLACE = 8;
const KNOWN_ENGLISH_PLACES = new Set(CAMBODIAN_PLACES.map((p) => p.en.toLowerCase()));
const KNOWN_KHMER_PLACES = new Set(CAMBODIAN_PLACES.map((p) => p.km));

// The date, place, event-date and title rules each ask about the same first lines of a section;
// a line is read once per text (the lines of a context are shared, see sectionLines).
const READ = new WeakMap<SectionLine, { text: string; dateline: Dateline | null }>();

/** Reads `line` as a byline, a lunar date line or a dateline; null when it is none of them. */
export function readDateline(text: string, line: SectionLine): Dateline | null {
  const known = READ.get(line);
  if (known?.text === text) return known.dateline;
  const dateline = readByline(text, line) ?? readLunarLine(text, line) ?? readPlaceAndDate(text, line);
  READ.set(line, { text, dateline });
  return dateline;
}

function readByline(text: string, line: SectionLine): Dateline | null {
  const segments = line.text.split('|');
  if (segments.length < 2) {
    if (!BYLINE_START.test(line.text)) return null;
    // `By John Doe, March 4, 2019`: the date ends the byline.
    const last = findDates(text, line.start, line.end).at(-1);
    return last && /^\W*$/.test(text.slice(last.end, line.end)) ? { kind: 'byline', line, date: last, leadStart: line.end } : null;
  }
  let offset = line.start;
  for (const segment of segments) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    const date = readDateAt(text, offset + lead);
    if (date && date.end - date.start === trimmed.length) return { kind: 'byline', line, date, leadStart: line.end };
    offset += segment.length + 1;
  }
  return null;
}

function readLunarLine(text: string, line: SectionLine): Dateline | null {
  const lunar = KHMER_LUNAR_DATE.exec(line.text);
  if (!lunar) return null;
  for (const joiner of LUNAR_SOLAR_JOINERS) {
    const at = line.text.indexOf(joiner, lunar.index);
    if (at < 0) continue;
    let pos = line.start + at + joiner.length;
    while (text[pos] === ' ') pos++;
    const date = readDateAt(text, pos);
    if (date) return { kind: 'lunar', line, date, leadStart: line.end };
  }
  const lunarOnly = { start: line.start + lunar.index, end: line.start + lunar.index + lunar[0].length };
  return { kind: 'lunar', line, lunarOnly, leadStart: line.end };
}

function readPlaceAndDate(text: string, line: SectionLine): Dateline | null {
  const dateOnly = datelineDateAt(text, line.start, line);
  if (dateOnly) return { kind: 'dateline', line, date: dateOnly.date, leadStart: dateOnly.leadStart };
  const dateFirst = readDateAt(text, line.start);
  const placeAfter = dateFirst && dateFirst.end < line.end ? COMMA_THEN_PLACE.exec(text.slice(dateFirst.end, line.end)) : null;
  if (dateFirst && placeAfter) {
    const place = placeSpan(line, dateFirst.end - line.start + placeAfter[0].indexOf(placeAfter[1]!), placeAfter[1]!);
    return { kind: 'dateline', line, date: dateFirst, place, leadStart: dateFirst.end + placeAfter[0].length };
  }
  const label = RELEASE_DATE_LABEL.exec(line.text);
  const labelled = label ? datelineDateAt(text, line.start + label[0].length, line) : null;
  if (labelled) return { kind: 'dateline', line, date: labelled.date, leadStart: labelled.leadStart };
  const withDate = PLACE_THEN_DATE.exec(line.text);
  if (withDate && !isLabel(withDate[1]!)) {
    const dated = datelineDateAt(text, line.start + withDate[0].length, line, withDate[2] === '(');
    if (dated) return { kind: 'dateline', line, date: dated.date, place: placeSpan(line, 0, withDate[1]!), leadStart: dated.leadStart };
  }
  const withDash = PLACE_THEN_DASH.exec(line.text);
  if (withDash) return { kind: 'dateline', line, place: placeSpan(line, 0, withDash[1]!), leadStart: line.start + withDash[0].length };
  const withColon = PLACE_THEN_COLON.exec(line.text);
  if (withColon && opensStory(text, line, withColon[1]!, line.start + withColon[0].length)) {
    return { kind: 'dateline', line, place: placeSpan(line, 0, withColon[1]!), leadStart: line.start + withColon[0].length };
  }
  const withComma = PLACE_THEN_COMMA.exec(line.text);
  if (withComma && !isLabel(withComma[1]!) && readCuedDateAt(text, line.start + withComma[0].length)) {
    return { kind: 'dateline', line, place: placeSpan(line, 0, withComma[1]!), leadStart: line.start + withComma[0].length };
  }
  return null;
}

/**
 * Whether `place:` opens the story rather than labels a value: a known or administrative place
 * (`Phnom Penh:`, `ខេត្តតាកែវ៖`), a place followed by the event's date, or an all-capital wire
 * dateline followed by a sentence (`PUTRAJAYA: The Government …`).
 */
function opensStory(text: string, line: SectionLine, place: string, rest: number): boolean {
  if (isLabel(place)) return false;
  const bare = stripKhmerOpener(place.replace(/[,\s]+$/, ''));
  const lower = bare.toLowerCase();
  if (KNOWN_ENGLISH_PLACES.has(lower) || ENGLISH_PLACE_UNIT_WORDS.some((u) => lower.split(/[\s,]+/).includes(u))) return true;
  if (KHMER_PLACE_PREFIXES.some((p) => bare.startsWith(p) && bare.length > p.length + 1) || KNOWN_KHMER_PLACES.has(bare)) return true;
  if (readCuedDateAt(text, rest) || readDateAt(text, rest)) return true;
  const capitals = /\p{Lu}/u.test(bare) && bare === bare.toUpperCase();
  return capitals && text.slice(rest, line.end).split(/\s+/).length >= MIN_WORDS_AFTER_CAPITAL_PLACE;
}

function isLabel(place: string): boolean {
  return LABELS.has(place.replace(/[,\s]+$/, '').toLowerCase());
}

/** The date at `pos` when a dateline may end with it; `inParentheses` asks for its closing `)`. */
function datelineDateAt(text: string, pos: number, line: SectionLine, inParentheses = false): { date: WrittenDate; leadStart: number } | null {
  const date = readDateAt(text, pos);
  if (!date || date.end > line.end) return null;
  const close = inParentheses ? (text[date.end] === ')' ? 1 : -1) : 0;
  if (close < 0) return null;
  const after = AFTER_DATELINE_DATE.exec(text.slice(date.end + close, line.end));
  return after ? { date, leadStart: date.end + close + after[0].length } : null;
}

/** The span of `place`, written `offset` characters into the line, without a Khmer opener (ធ្វើនៅ). */
function placeSpan(line: SectionLine, offset: number, place: string): Span {
  const trimmed = place.replace(/[,\s]+$/, '');
  const bare = stripKhmerOpener(trimmed);
  const start = line.start + offset + (trimmed.length - bare.length);
  return { start, end: line.start + offset + trimmed.length };
}

function stripKhmerOpener(place: string): string {
  const opener = KHMER_PLACE_OPENERS.find((o) => place.startsWith(o) && place.length > o.length + 1);
  return opener ? place.slice(opener.length) : place;
}
