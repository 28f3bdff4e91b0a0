import { ENGLISH_PERSON_PRONOUNS, ENGLISH_REPORTING_VERBS } from '../../lang/english-reporting-verbs.js';
import { ENGLISH_LABEL_WORDS } from '../../lang/quote-label-words.js';
import { ENGLISH_DOCUMENT_NOUNS } from '../../lang/quoted-document-nouns.js';
import { describedPerson } from '../speakers/english-mentions.js';
import { mentionFromParsed, readEnglishNameAfter, readEnglishNameBefore } from '../speakers/english-names.js';
import type { SpeakerReference } from '../speakers/person-mention.js';
import { colonIntroduction } from './sieves/colon-introduction.js';
import { headingIntroduction } from './sieves/heading-introduction.js';
import { invertedAttribution } from './sieves/inverted-attribution.js';
import {
  citesDocument,
  closeEnd,
  endsWithLabel,
  isShortEnglish,
  type QuoteReading,
  type QuoteSurroundings,
  standsAlone,
} from './quote-surroundings.js';

const REPORTING = new Set(ENGLISH_REPORTING_VERBS);
const REPORTING_WORD = new RegExp(`\\b(${ENGLISH_REPORTING_VERBS.join('|')})\\b`, 'g');
// The pronouns of ENGLISH_PERSON_PRONOUNS, also capitalised as at the start of a sentence.
const PRONOUN = Object.keys(ENGLISH_PERSON_PRONOUNS)
  .flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])
  .join('|');
const PRONOUN_FIRST = new RegExp(`^(${PRONOUN})\\b`);
const PRONOUN_LAST = new RegExp(`(?:^|\\s)(${PRONOUN})$`);

/**
 * Reads an English quotation, sieve by sieve, most precise first: the trigram after the quote
 * (`“…,” said X`, `“…,” X said`, `according to X`), the inverted `Said X, “…`, the verb before it
 * (`X said, “…`), a heading above it, a colon introduction (`Name, Role at Org: “…`).
 */
export function readEnglishQuote(s: QuoteSurroundings): QuoteReading {
  const before = s.text.slice(s.beforeStart, s.span.open);
  if (endsWithLabel(before, ENGLISH_LABEL_WORDS)) return { isSpeech: false };
  const after = readEnglishAfter(s);
  if (after && (!isShortEnglish(s) || after.kind !== 'unnamed')) return { isSpeech: true, reference: after };
  const inverted = invertedAttribution(s.text, s.beforeStart, s.span.open);
  if (inverted) return { isSpeech: true, reference: inverted };
  const fromBefore = readEnglishBefore(s.text, s.beforeStart, s.span.open);
  if (fromBefore && citesDocument(before, ENGLISH_DOCUMENT_NOUNS)) return { isSpeech: false };
  // A short fragment is speech only when the verb next to it names who said it.
  const names = (r: SpeakerReference) => r.kind === 'named' || r.kind === 'pronoun';
  if (fromBefore && (!isShortEnglish(s) || (fromBefore.adjacent && names(fromBefore.reference)))) {
    return { isSpeech: true, reference: fromBefore.reference };
  }
  if (standsAlone(s)) {
    const heading = headingIntroduction(s.text, s.paragraphStart);
    if (heading) return { isSpeech: true, reference: heading };
    return { isSpeech: s.followsQuote || !isShortEnglish(s) };
  }
  if (s.continuesSpeech) return { isSpeech: true };
  if (/:\s*[*]*\s*$/.test(before)) {
    return { isSpeech: true, reference: colonIntroduction(s.text, s.beforeStart, s.span.open) ?? { kind: 'unnamed' } };
  }
  return { isSpeech: false };
}

// `“…,” said X` / `“…,” X said` / `“…,” he added` / `“…,” according to X`.
function readEnglishAfter(s: QuoteSurroundings): SpeakerReference | undefined {
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

function pronounAt(phrase: string, offset: number): SpeakerReference | undefined {
  const m = PRONOUN_FIRST.exec(phrase);
  if (!m) return undefined;
  return { kind: 'pronoun', gender: ENGLISH_PERSON_PRONOUNS[m[1]!.toLowerCase()]!, at: offset };
}

/** Who the words before a reporting verb name: a trailing name, a pronoun or a described person. */
export function subjectReference(subject: string, offset: number): SpeakerReference | undefined {
  const trimmed = subject.replace(/[\s*,]+$/, '');
  const pronoun = PRONOUN_LAST.exec(trimmed);
  if (pronoun) return { kind: 'pronoun', gender: ENGLISH_PERSON_PRONOUNS[pronoun[1]!.toLowerCase()]!, at: offset };
  const name = readEnglishNameBefore(subject);
  if (name) return { kind: 'named', mention: mentionFromParsed(name, offset, 'en') };
  const described = describedPerson(subject, offset);
  return described && { kind: 'named', mention: described };
}

// `X said “…` / `X stressed that “…` / `X told VOA: “…` / `according to X, “…`.
function readEnglishBefore(
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
