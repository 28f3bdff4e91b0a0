import { ENGLISH_PERSON_PRONOUNS } from '../../../lang/english-reporting-verbs.js';
import { describedPerson } from '../../speakers/english-mentions.js';
import { mentionFromParsed, readEnglishNameBefore } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';

// The pronouns of ENGLISH_PERSON_PRONOUNS, also capitalised as at the start of a sentence.
const PRONOUN = Object.keys(ENGLISH_PERSON_PRONOUNS)
  .flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])
  .join('|');
const PRONOUN_FIRST = new RegExp(`^(${PRONOUN})\\b`);
const PRONOUN_LAST = new RegExp(`(?:^|\\s)(${PRONOUN})$`);

/** A pronoun opening `phrase` ("he added"), as a reference at `offset`. */
export function pronounAt(phrase: string, offset: number): SpeakerReference | undefined {
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
