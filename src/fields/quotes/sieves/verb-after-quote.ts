import { ENGLISH_REPORTING_VERBS } from '../../../lang/english-reporting-verbs.js';
import { mentionFromParsed, readEnglishNameAfter } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';
import { closeEnd, type QuoteSurroundings } from '../quote-surroundings.js';
import { pronounAt, subjectReference } from './english-subject.js';

const REPORTING = new Set(ENGLISH_REPORTING_VERBS);
const REPORTING_WORD = new RegExp(`\\b(${ENGLISH_REPORTING_VERBS.join('|')})\\b`, 'g');

/** Sieve (trigram after the quote): `“…,” said X` / `“…,” X said` / `“…,” he added` / `“…,” according to X`. */
export function verbAfterQuote(s: QuoteSurroundings): SpeakerReference | undefined {
  const from = closeEnd(s);
  const raw = s.text.slice(from, s.afterEnd);
  const lead = raw.length - raw.replace(/^[\s,*—–-]+/, '').length;
  const after = raw.slice(lead);
  const offset = from + lead;
  const verbFirst = /^([a-z]+)\s+(?:by\s+)?/.exec(after);
  if (verbFirst && REPORTING.has(verbFirst[1]!)) {
    const rest = after.slice(verbFirst[0].length);
    const restOffset = offset + verbFirst[0].length;
    const restAfterTo = verbFirst[1] === 'according' ? rest.replace(/^to\s+/, '') : rest;
    const skip = rest.length - restAfterTo.length;
    const pronoun = pronounAt(restAfterTo, restOffset + skip);
    if (pronoun) return pronoun;
    const name = readEnglishNameAfter(restAfterTo);
    if (name) return { kind: 'named', mention: mentionFromParsed(name, restOffset + skip, 'en') };
    return { kind: 'unnamed' };
  }
  REPORTING_WORD.lastIndex = 0;
  const m = REPORTING_WORD.exec(after);
  if (!m || m.index > 90) return undefined;
  const subject = after.slice(0, m.index).replace(/\s+\w+ly\s*$/, ' ');
  if (/[.!?]\s/.test(subject)) return undefined;
  return subjectReference(subject, offset) ?? { kind: 'unnamed' };
}
