import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../lang/english-months.js';
import { KHMER_SOLAR_MONTHS } from '../../lang/khmer-months.js';
import { BUDDHIST_ERA_MARKERS, KHMER_LUNAR_MONTHS, KHMER_MOON_PHASES, KHMER_WEEKDAYS } from '../../lang/khmer-lunar-calendar.js';
import { ANY_DIGIT_CLASS, parseMixedDigits } from '../../lang/khmer-numerals.js';
import { commonEraYear, toIsoDate } from './calendar-date.js';

/** A date as written in the text: where it is, and its ISO form (null when no such day exists). */
export interface WrittenDate {
  start: number;
  end: number;
  iso: string | null;
}

const D = ANY_DIGIT_CLASS;
/** A regex alternation of literal words, longest first so the longest spelling wins. */
export const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const EN_MONTH = `(${alternation(ENGLISH_MONTHS.keys())})\\.?`;
const EN_WEEKDAY = `(?:(?:${alternation(ENGLISH_WEEKDAYS)}),?\\s+)?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const NOT_DIGIT_BEFORE = `(?<!${D})`;
const NOT_DIGIT_AFTER = `(?!${D})`;

// `04 March 2019`, `4th Mar. 2019`, `Monday, 4 March 2019`
const EN_DAY_MONTH_YEAR = new RegExp(
  `${EN_WEEKDAY}${NOT_DIGIT_BEFORE}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${EN_MONTH}\\b,?\\s+(\\d{4})${NOT_DIGIT_AFTER}`,
  'iy',
);
// `March 4, 2019`, `Mar. 4 2019`
const EN_MONTH_DAY_YEAR = new RegExp(
  `${EN_WEEKDAY}\\b${EN_MONTH}\\s+(\\d{1,2})${ORDINAL}\\b,?\\s+(\\d{4})${NOT_DIGIT_AFTER}`,
  'iy',
);
const ISO_DATE = new RegExp(`${NOT_DIGIT_BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${NOT_DIGIT_AFTER}`, 'y');
const BE_MARK = `(${alternation(BUDDHIST_ERA_MARKERS)})?`;
// `ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩`, `ថ្ងៃច័ន្ទ ទី៤ ខែមីនា ឆ្នាំ២០១៩`, `29 កក្កដា 2018`, `ថ្ងៃទី១១ ខែមីនា ព.ស.២៥៦២`
const KM_DATE = new RegExp(
  `(?:ថ្ងៃ\\s*(?:(?:${alternation(KHMER_WEEKDAYS)})\\s*)?)?(?:ទី\\s*)?${NOT_DIGIT_BEFORE}(${D}{1,2})\\s*(?:ខែ\\s*)?` +
    `(${alternation(KHMER_SOLAR_MONTHS.keys())})\\s*,?\\s*(?:ឆ្នាំ\\s*)?${BE_MARK}\\s*(${D}{4})${NOT_DIGIT_AFTER}`,
  'y',
);
/** A lunar date such as `៤កើត ខែផល្គុន`: recognised so that it is never read as a solar date. */
export const KHMER_LUNAR_DATE = new RegExp(
  `${NOT_DIGIT_BEFORE}${D}{1,2}\\s*(?:${alternation(KHMER_MOON_PHASES)})\\s*(?:ខែ\\s*)?(?:${alternation(KHMER_LUNAR_MONTHS)})`,
);

/** The date written exactly at `pos` in `text`, in English or Khmer, or null. */
export function readDateAt(text: string, pos: number): WrittenDate | null {
  for (const read of [readEnglishDayFirst, readEnglishMonthFirst, readIso, readKhmer]) {
    const found = read(text, pos);
    if (found) return found;
  }
  return null;
}

/** Every date written in `text` between `from` and `to`, in order, without overlaps. */
export function findDates(text: string, from: number, to: number): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (let pos = from; pos < to; pos++) {
    const date = readDateAt(text, pos);
    if (date && date.end <= to) {
      found.push(date);
      pos = date.end - 1;
    }
  }
  return found;
}

function stickyMatch(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

function written(match: RegExpExecArray, pos: number, year: number, month: number | undefined, day: number): WrittenDate {
  return { start: pos, end: pos + match[0].length, iso: month === undefined ? null : toIsoDate(year, month, day) };
}

function readEnglishDayFirst(text: string, pos: number): WrittenDate | null {
  const m = stickyMatch(EN_DAY_MONTH_YEAR, text, pos);
  if (!m) return null;
  return written(m, pos, commonEraYear(Number(m[3]), false), ENGLISH_MONTHS.get(m[2]!.toLowerCase()), Number(m[1]));
}

function readEnglishMonthFirst(text: string, pos: number): WrittenDate | null {
  const m = stickyMatch(EN_MONTH_DAY_YEAR, text, pos);
  if (!m) return null;
  return written(m, pos, commonEraYear(Number(m[3]), false), ENGLISH_MONTHS.get(m[1]!.toLowerCase()), Number(m[2]));
}

function readIso(text: string, pos: number): WrittenDate | null {
  const m = stickyMatch(ISO_DATE, text, pos);
  if (!m) return null;
  return written(m, pos, Number(m[1]), Number(m[2]), Number(m[3]));
}

function readKhmer(text: string, pos: number): WrittenDate | null {
  const m = stickyMatch(KM_DATE, text, pos);
  if (!m) return null;
  const year = commonEraYear(parseMixedDigits(m[4]!), m[3] !== undefined);
  return written(m, pos, year, KHMER_SOLAR_MONTHS.get(m[2]!), parseMixedDigits(m[1]!));
}
