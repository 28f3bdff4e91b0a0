import { ENGLISH_PERSON_NOUNS } from '../../lang/english-person-nouns.js';
import { ENGLISH_REPORTING_VERBS } from '../../lang/english-reporting-verbs.js';
import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import { mentionFromParsed, readEnglishNameBefore } from './english-names.js';
import type { PersonMention } from './person-mention.js';

const PERSON_NOUNS = new Set([...ENGLISH_TITLE_WORDS, ...ENGLISH_PERSON_NOUNS]);
const TITLES = new Set(ENGLISH_TITLE_WORDS);
const DESCRIBED = /(?:^|[\s,])((?:One|one|An?|an?) [A-Za-z-]+(?: [A-Za-z-]+){0,3})[\s,]*$/;
const DESCRIBED_SUBJECT = new RegExp(
  `\\b((?:One|one|An?|an?) [A-Za-z-]+(?: [A-Za-z-]+){0,3}) (?:${ENGLISH_REPORTING_VERBS.join('|')})\\b`,
  'g',
);

/**
 * An unnamed person described at the end of `subject` ("one village administrator"), named by
 * the description (corpus README: `named: false` speakers); the last word must be a person noun.
 */
export function describedPerson(subject: string, offset: number): PersonMention | undefined {
  const m = DESCRIBED.exec(subject);
  if (!m) return undefined;
  const phrase = m[1]!;
  const last = phrase.split(' ').pop()!.toLowerCase();
  const head = last.replace(/s$/, '');
  if (!PERSON_NOUNS.has(head) && !PERSON_NOUNS.has(last)) return undefined;
  const at = offset + m.index + m[0].indexOf(phrase);
  const title = TITLES.has(last) ? last : TITLES.has(head) ? head : undefined;
  return { name: phrase, span: { start: at, end: at + phrase.length }, gender: 'any', lang: 'en', ...(title ? { describedAs: title } : {}) };
}

// Names introduced with an apposition ("Chet, who decided…", "Tharo, whose name…", "Sambath
// Kanika, 30,") or an honorific ("Mr. Samruol Im"): later pronouns in the story refer back to them.
const APPOSITION_NAME = /((?:[A-Z][\p{L}'’-]+ ){0,3}[A-Z][\p{L}'’-]+)\**,\s+(?:who\b|whose\b|a\b|an\b|the\b|\d)/gu;
const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Dr|H\.E)\.?\s+\**((?:[A-Z][\p{L}'’-]+ ?){1,4})/gu;
// A sentence that opens with a name and an apposition ("Hannah Macdonald, associate external
// relations officer at UNHCR, said…") introduces that person.
const SENTENCE_OPENING_NAME = /(?:^|\n|[.!?”"] )\**((?:[A-Z][\p{L}'’-]+ ){0,3}[A-Z][\p{L}'’-]+)\**,\s/gu;
// "CPP spokesman Sok Eysan played down…": a job title right before a name.
const TITLED_NAME = new RegExp(
  `\\b(?:${ENGLISH_TITLE_WORDS.join('|')})\\s+((?:[A-Z][\\p{L}'’-]+ ){0,2}[A-Z][\\p{L}'’-]+)(?=\\s+[a-z])`,
  'gu',
);
// "Minister of Social Affairs, Veterans and Youth Rehabilitation Vong Sauth made…": a portfolio of
// capitalised words runs straight into the name; Cambodian names are two words (family, given), so
// the last two capitalised words before the lower-case verb are the name.
const PORTFOLIO_NAME =
  /\b((?:Minister|Secretary|Director|Governor|Ambassador|President|Chairman) (?:of|for) (?:[A-Z][\p{L}'’-]+,? (?:and |& )?)+?)([A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+)(?=,? [a-z])/gu;
// A name right after a preposition or article is a place or a body ("in Bangkok", "of Foreign Affairs").
const AFTER_PREPOSITION = /\b(?:of|in|at|on|from|to|the|for|by|with|into|near|across)\s+\**$/;
const REPORTING_SUBJECT = new RegExp(
  `((?:[A-Z][\\p{L}'’-]+ ){0,3}[A-Z][\\p{L}'’-]+)\\**,?\\s+(?:${ENGLISH_REPORTING_VERBS.join('|')})\\b`,
  'gu',
);

/** People named in an English stretch of text, with honorifics or appositions, in order. */
export function findEnglishMentions(text: string, start: number, end: number): PersonMention[] {
  const slice = text.slice(start, end);
  const found: PersonMention[] = [];
  for (const re of [APPOSITION_NAME, HONORIFIC_NAME, SENTENCE_OPENING_NAME, REPORTING_SUBJECT, TITLED_NAME]) {
    for (const m of slice.matchAll(re)) {
      const group = m[1]!;
      const groupAt = m.index + m[0].indexOf(group);
      const parsed = readEnglishNameBefore(group.trimEnd());
      // A name inside the match counts when an honorific or a title ("U.S. President Biden") opens it.
      if (!parsed || (parsed.start !== 0 && !parsed.honorific && !parsed.role)) continue;
      if (AFTER_PREPOSITION.test(slice.slice(Math.max(0, groupAt - 12), groupAt))) continue;
      found.push(mentionFromParsed(parsed, start + groupAt, 'en'));
    }
  }
  for (const m of slice.matchAll(PORTFOLIO_NAME)) {
    const name = m[2]!;
    const at = start + m.index + m[1]!.length;
    const role = m[1]!.trim();
    found.push({ name, span: { start: at, end: at + name.length }, gender: 'any', lang: 'en', role });
  }
  for (const m of slice.matchAll(DESCRIBED_SUBJECT)) {
    const described = describedPerson(m[1]!, start + m.index + m[0].indexOf(m[1]!));
    if (described) found.push(described);
  }
  const unique = new Map(found.map((m) => [m.span.start, m]));
  return [...unique.values()].sort((a, b) => a.span.start - b.span.start);
}
