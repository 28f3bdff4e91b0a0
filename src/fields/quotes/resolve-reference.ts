import { KHMER_PERSON_CLASSIFIERS } from '../../lang/khmer-person-classifiers.js';
import { KHMER_TITLE_WORDS } from '../../lang/khmer-titles.js';
import type { LanguageCode } from '../../schema/release.js';
import { gendersAgree, type PersonMention, type SpeakerReference } from '../speakers/person-mention.js';

/**
 * The person a reference points at: the name itself, the last person of the pronoun's kind named
 * before it (in the quote's language), or a known name or role in the subject phrase; the fullest
 * form of the name is kept.
 */
export function resolveReference(
  text: string,
  ref: SpeakerReference,
  lang: LanguageCode,
  timeline: PersonMention[],
): PersonMention | undefined {
  const person = resolve(text, ref, lang, timeline);
  return person && fullerForm(person, timeline);
}

function resolve(text: string, ref: SpeakerReference, lang: LanguageCode, timeline: PersonMention[]): PersonMention | undefined {
  if (ref.kind === 'named') return ref.mention;
  if (ref.kind === 'pronoun') {
    // A pronoun refers to the most recent person of its kind named before it.
    for (let i = timeline.length - 1; i >= 0; i--) {
      const m = timeline[i]!;
      if (m.span.start < ref.at && !m.isOrganization && gendersAgree(m.gender, ref.gender) && m.lang === lang) return m;
    }
    return undefined;
  }
  if (ref.kind === 'phrase') return knownNameIn(text, ref.start, ref.end, timeline);
  return undefined;
}

// Khmer stories repeat a name without its honorific (ហេង បានប្រាប់…): find the last known name in the phrase.
function knownNameIn(text: string, start: number, end: number, timeline: PersonMention[]): PersonMention | undefined {
  const phrase = text.slice(start, end);
  let best: { at: number; mention: PersonMention } | undefined;
  for (const m of timeline) {
    if (m.span.start >= end) continue;
    const at = phrase.lastIndexOf(m.name);
    if (at >= 0 && (!best || at > best.at)) best = { at, mention: m };
  }
  if (!best) return byRole(phrase.trim(), timeline.filter((m) => m.span.start < end));
  return { ...best.mention, span: { start: start + best.at, end: start + best.at + best.mention.name.length } };
}

// "អ្នកវិភាគ…បានថ្លែងបន្ថែមថា" (the analyst added): a subject that opens with the head word of a
// known person's role refers to the last person with that role.
function byRole(phrase: string, timeline: PersonMention[]): PersonMention | undefined {
  const title = KHMER_TITLE_WORDS.filter((w) => phrase.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  if (!title) return undefined;
  return [...timeline].reverse().find((m) => m.role?.startsWith(title));
}

// A speaker quoted as "Santiago" was introduced earlier as "Charles Santiago": keep the fullest form.
function fullerForm(mention: PersonMention, timeline: PersonMention[]): PersonMention {
  const fuller = timeline.find(
    (m) => m.span.start < mention.span.start && m.name.length > mention.name.length && m.name.endsWith(` ${mention.name}`),
  );
  return fuller ? { ...mention, name: fuller.name, honorific: mention.honorific ?? fuller.honorific } : mention;
}

/**
 * The job a Khmer subject describes someone by: a title with a person classifier
 * ("រដ្ឋមន្ត្រីម្នាក់មកពីគណបក្សកាន់អំណាច", a minister from the ruling party).
 */
export function khmerDescribedTitle(phrase: string): string | undefined {
  const titles = KHMER_TITLE_WORDS.filter((t) => KHMER_PERSON_CLASSIFIERS.some((c) => phrase.includes(t + c)));
  return titles.sort((a, b) => b.length - a.length)[0];
}
