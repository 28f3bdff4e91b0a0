import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../lang/english-months.js';
import { LUNAR_SOLAR_JOINERS } from '../../lang/khmer-lunar-calendar.js';
import { KHMER_WORD_LETTERS } from '../../lang/khmer-script.js';
import { ENGLISH_PLACE_UNIT_WORDS, KHMER_PLACE_OPENERS } from '../../lang/place-names.js';
import type { Span } from '../field-types.js';
import type { SectionLine } from '../section-lines.js';
import { findDates, KHMER_LUNAR_DATE, readDateAt, type WrittenDate } from './written-date.js';

/** What a line says as a dateline or byline: a place, a date, or both. */
export interface Dateline {
  kind: 'dateline' | 'byline' | 'lunar';
  line: SectionLine;
  place?: Span;
  date?: WrittenDate;
  /** A lunar date with no solar date joined to it (ត្រូវនឹង ...). */
  lunarOnly?: Span;
}

// A weekday or month after the place starts the date (`Phnom Penh, Monday, 4 March 2019`).
const DATE_WORDS = [...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS.keys()].flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
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
const PLACE_THEN_DASH = new RegExp(`^(${EN_PLACE}|${KM_PLACE})${AGENCY}\\s*(?:${DASH})\\s`, 'u');
const PLACE_THEN_DATE = new RegExp(`^(${EN_PLACE}|${KM_PLACE})${AGENCY}(?:,\\s*|\\s+)`, 'u');
// What may follow the date of a dateline: a dash, a colon (Khmer ៖), a bar, or the end of the line.
const AFTER_DATELINE_DATE = /^\s*(?:[—–:៖|]|--?\s|\.?$)/;
const BYLINE_START = /^By\s/;

/** Reads `line` as a byline, a lunar date line or a dateline; null when it is none of them. */
export function readDateline(text: string, line: SectionLine): Dateline | null {
  return readByline(text, line) ?? readLunarLine(text, line) ?? readPlaceAndDate(text, line);
}

function readByline(text: string, line: SectionLine): Dateline | null {
  const segments = line.text.split('|');
  if (segments.length < 2) {
    if (!BYLINE_START.test(line.text)) return null;
    // `By John Doe, March 4, 2019`: the date ends the byline.
    const last = findDates(text, line.start, line.end).at(-1);
    return last && /^\W*$/.test(text.slice(last.end, line.end)) ? { kind: 'byline', line, date: last } : null;
  }
  let offset = line.start;
  for (const segment of segments) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    const date = readDateAt(text, offset + lead);
    if (date && date.end - date.start === trimmed.length) return { kind: 'byline', line, date };
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
    if (date) return { kind: 'lunar', line, date };
  }
  return { kind: 'lunar', line, lunarOnly: { start: line.start + lunar.index, end: line.start + lunar.index + lunar[0].length } };
}

function readPlaceAndDate(text: string, line: SectionLine): Dateline | null {
  const bare = datelineDateAt(text, line.start, line);
  if (bare) return { kind: 'dateline', line, date: bare };
  const withDate = PLACE_THEN_DATE.exec(line.text);
  if (withDate) {
    const date = datelineDateAt(text, line.start + withDate[0].length, line);
    if (date) return { kind: 'dateline', line, date, place: placeSpan(line, withDate[1]!) };
  }
  const withDash = PLACE_THEN_DASH.exec(line.text);
  if (withDash) return { kind: 'dateline', line, place: placeSpan(line, withDash[1]!) };
  return null;
}

function datelineDateAt(text: string, pos: number, line: SectionLine): WrittenDate | null {
  const date = readDateAt(text, pos);
  if (!date || date.end > line.end) return null;
  return AFTER_DATELINE_DATE.test(text.slice(date.end, line.end)) ? date : null;
}

function placeSpan(line: SectionLine, place: string): Span {
  const trimmed = place.replace(/[,\s]+$/, '');
  const opener = KHMER_PLACE_OPENERS.find((o) => trimmed.startsWith(o) && trimmed.length > o.length + 1);
  return { start: line.start + (opener?.length ?? 0), end: line.start + trimmed.length };
}
