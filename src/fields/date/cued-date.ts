import { ENGLISH_EVENT_DATE_CUES, KHMER_EVENT_DATE_CUES } from '../../lang/event-date-cues.js';
import { readDateAt, type WrittenDate } from './written-date.js';

/** A date written after a cue that says when the event happened (`On the afternoon of July 5, 2025`). */
export interface CuedDate {
  /** Where the cue starts. */
  start: number;
  date: WrittenDate;
}

const CUES = [...ENGLISH_EVENT_DATE_CUES, ...KHMER_EVENT_DATE_CUES].sort((a, b) => b.length - a.length);

/** The cue and date written exactly at `pos`, or null. */
export function readCuedDateAt(text: string, pos: number): CuedDate | null {
  for (const cue of CUES) {
    if (text.slice(pos, pos + cue.length).toLowerCase() !== cue) continue;
    let at = pos + cue.length;
    // An English cue is a word: `on` must not be the start of `One` or `Ontario`.
    if (/^[a-z]/.test(cue) && !/\s/.test(text[at] ?? '')) continue;
    while (text[at] === ' ') at++;
    const date = readDateAt(text, at);
    if (date) return { start: pos, date };
  }
  return null;
}
