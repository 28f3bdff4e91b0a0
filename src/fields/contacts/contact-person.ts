import { CONTACT_CUES } from '../../lang/contact-cues.js';
import { ENGLISH_HONORIFICS } from '../../lang/english-honorifics.js';
import { KHMER_HONORIFICS } from '../../lang/khmer-honorifics.js';
import { KHMER_WORD_LETTERS } from '../../lang/khmer-script.js';
import type { Span } from '../field-types.js';

/** A cue such as "please contact" and the person named after it, if any. */
export interface ContactPerson {
  cue: Span;
  name?: string;
  nameSpan?: Span;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HONORIFIC = [...ENGLISH_HONORIFICS.map((h) => h.form), ...KHMER_HONORIFICS.map((h) => h.form)]
  .sort((a, b) => b.length - a.length)
  .map((f) => `${escapeRegExp(f.replace(/\.$/, ''))}\\.?`)
  .join('|');
const KHMER_WORD = `[${KHMER_WORD_LETTERS}]+`;
const CUE = new RegExp(CONTACT_CUES.map(escapeRegExp).join('|'), 'gi');
// After the cue: markdown marks, an optional honorific, then the name: up to four capitalised
// words, or up to two Khmer words (family name, given name).
const NAME_AFTER_CUE = new RegExp(
  `^[\\s*_]*(?:(?:${HONORIFIC})(?![\\p{L}])\\s*)?([A-Z][\\p{L}'’-]+(?: [A-Z][\\p{L}'’-]+){0,3}|${KHMER_WORD}(?: ${KHMER_WORD})?)`,
  'u',
);

/** Every contact cue in `text` and the name of the person it introduces. */
export function findContactPersons(text: string): ContactPerson[] {
  const persons: ContactPerson[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m !== null; m = CUE.exec(text)) {
    const cue = { start: m.index, end: m.index + m[0].length };
    const after = NAME_AFTER_CUE.exec(text.slice(cue.end));
    if (!after) {
      persons.push({ cue });
      continue;
    }
    const nameEnd = cue.end + after[0].length;
    const name = after[1]!;
    persons.push({ cue, name, nameSpan: { start: nameEnd - name.length, end: nameEnd } });
  }
  return persons;
}
