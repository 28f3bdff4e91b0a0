import { ENGLISH_REPORTING_VERBS } from '../../../lang/english-reporting-verbs.js';
import { mentionFromParsed, readEnglishNameAfter } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';
import { subjectReference } from './english-subject.js';

const REPORTING_WORD = new RegExp(`\\b(${ENGLISH_REPORTING_VERBS.join('|')})\\b`, 'g');

/** Sieve (speech verb before the quote): `X said “…` / `X stressed that “…` / `X told VOA: “…` / `according to X, “…`. */
export function verbBeforeQuote(
  text: string,
  start: number,
  open: number,
): { reference: SpeakerReference; adjacent: boolean } | undefined {
  const before = text.slice(start, open);
  let verb: RegExpExecArray | undefined;
  REPORTING_WORD.lastIndex = 0;
  for (let m = REPORTING_WORD.exec(before); m; m = REPORTING_WORD.exec(before)) verb = m;
  if (!verb) return undefined;
  const gap = before.slice(verb.index + verb[0].length);
  const adjacent = /^(\s+\S+){0,3}?\s*(that|:|,)?[\s*]*$/.test(gap);
  if (verb[1] === 'according') {
    const name = readEnglishNameAfter(gap.replace(/^\s*to\s+/, ''));
    const skip = gap.length - gap.replace(/^\s*to\s+/, '').length;
    if (name) return { reference: { kind: 'named', mention: mentionFromParsed(name, start + verb.index + verb[0].length + skip, 'en') }, adjacent };
    return undefined;
  }
  // "one CPP minister publicly telling them": an adverb may sit between subject and verb.
  const subject = subjectReference(before.slice(0, verb.index).replace(/\s+[a-z]+ly\s*$/, ' '), start);
  if (subject) return { reference: subject, adjacent };
  // `…, said Sous Yara, a CPP lawmaker…: “…”`: the name follows the verb.
  const lead = gap.length - gap.trimStart().length;
  const named = readEnglishNameAfter(gap.trimStart());
  const reference: SpeakerReference = named
    ? { kind: 'named', mention: mentionFromParsed(named, start + verb.index + verb[0].length + lead, 'en') }
    : { kind: 'unnamed' };
  return { reference, adjacent };
}
