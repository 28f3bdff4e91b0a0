import { hasKhmer } from '../../lang/khmer-script.js';
import type { LanguageCode } from '../../schema/release.js';
import type { Span } from '../field-types.js';
import type { Gender, PersonMention } from './person-mention.js';

/** A person being collected as quotes are attributed: every form of their name and what is known. */
export interface SpeakerEntry {
  /** The fullest form of the name seen in the text. */
  name: string;
  /** Every written form that refers to this person ("Sambath Kanika", "Kanika"). */
  forms: string[];
  /** The Khmer-script name, when a Khmer quote aligned with this person's English one. */
  khmerName?: string;
  honorific?: string;
  role?: string;
  organization?: string;
  gender: Gender;
  /** Language of the mention the honorific, role and organization were taken from. */
  detailsLang: LanguageCode;
  /** Spans of the names that attributed quotes to this person. */
  spans: Span[];
  /** Set for an unnamed person described by a job: the job's head word. */
  describedAs?: string;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

// A later short reference uses the last part of the name ("Kanika" for "Sambath Kanika",
// "Santipitaks", "Anurag Danda"); a first name alone is too often another person's family name.
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (hasKhmer(a) !== hasKhmer(b)) return false;
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.join(' ') === long.slice(long.length - short.length).join(' ');
}

/** Finds the entry a name refers to, if any. */
export function findSpeaker(entries: SpeakerEntry[], name: string): SpeakerEntry | undefined {
  return entries.find((e) => e.forms.some((f) => sameName(f, name)) || (e.khmerName !== undefined && e.khmerName === name));
}

/** Adds a mention to the entry it names (creating it), keeping the fullest name and known details. */
export function registerSpeaker(entries: SpeakerEntry[], mention: PersonMention): SpeakerEntry {
  const entry = findSpeaker(entries, mention.name);
  if (!entry) {
    const created: SpeakerEntry = {
      name: mention.name,
      forms: [mention.name],
      gender: mention.gender,
      detailsLang: mention.lang,
      spans: [mention.span],
      ...(mention.honorific ? { honorific: mention.honorific } : {}),
      ...(mention.role ? { role: mention.role } : {}),
      ...(mention.organization ? { organization: mention.organization } : {}),
      ...(mention.describedAs ? { describedAs: mention.describedAs } : {}),
    };
    entries.push(created);
    return created;
  }
  if (!entry.forms.includes(mention.name)) entry.forms.push(mention.name);
  if (words(mention.name).length > words(entry.name).length) entry.name = mention.name;
  if (!entry.spans.some((s) => s.start === mention.span.start)) entry.spans.push(mention.span);
  // The English version's title and role read better in the English-named record than the Khmer ones.
  if (mention.lang === 'en' && entry.detailsLang === 'km' && (mention.role || mention.honorific)) {
    entry.detailsLang = 'en';
    setDetails(entry, mention);
  }
  entry.honorific ??= mention.honorific;
  entry.role ??= mention.role;
  entry.organization ??= mention.organization;
  if (entry.gender === 'any') entry.gender = mention.gender;
  return entry;
}

function setDetails(entry: SpeakerEntry, mention: PersonMention): void {
  if (mention.honorific) entry.honorific = mention.honorific;
  if (mention.role) {
    entry.role = mention.role;
    if (mention.organization) entry.organization = mention.organization;
    else delete entry.organization;
  }
}

/** Folds `from` into `into` (the same person named in both languages). */
export function mergeSpeakers(into: SpeakerEntry, from: SpeakerEntry): void {
  for (const f of from.forms) if (!into.forms.includes(f)) into.forms.push(f);
  if (hasKhmer(from.name)) into.khmerName ??= from.name;
  into.spans.push(...from.spans);
  if (into.detailsLang === 'km' && from.detailsLang === 'en') {
    into.detailsLang = 'en';
    if (from.honorific) into.honorific = from.honorific;
    if (from.role) into.role = from.role;
    if (from.organization) into.organization = from.organization;
  }
  into.honorific ??= from.honorific;
  into.role ??= from.role;
  into.organization ??= from.organization;
  if (into.gender === 'any') into.gender = from.gender;
}
