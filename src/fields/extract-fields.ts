import type { Contact, Organization, Quote, Speaker, Warning } from '../schema/release.js';
import { extractContacts } from './contacts/extract-contacts.js';
import { extractDate } from './date/extract-date.js';
import type { FieldContext, Span } from './field-types.js';
import { frontMatterOf } from './front-matter.js';
import { extractOrganizations } from './organizations/extract-organizations.js';
import { extractPlace } from './place/extract-place.js';
import { extractQuotesAndSpeakers } from './quotes/extract-quotes-and-speakers.js';
import { sectionLines } from './section-lines.js';
import { extractTitle } from './title/extract-title.js';

/** Every structured field of a release, with evidence as offsets into the context's text. */
export interface ExtractedFields {
  date: string | null;
  eventDate: string | null;
  place: string | null;
  title: { en?: string; km?: string };
  fieldEvidence: { date: Span[]; eventDate: Span[]; place: Span[]; title: Span[] };
  speakers: Speaker[];
  quotes: Quote[];
  contacts: Contact[];
  organizations: Organization[];
  warnings: Warning[];
}

/**
 * Runs every field extractor over the normalized text; the front matter, the section lines (and so
 * their datelines, see readDateline) and the organizations are read once for all of them.
 */
export function extractFields(given: FieldContext): ExtractedFields {
  const withFrontMatter: FieldContext = { ...given, frontMatter: frontMatterOf(given) };
  const ctx: FieldContext = { ...withFrontMatter, lines: sectionLines(withFrontMatter) };
  const date = extractDate(ctx);
  const place = extractPlace(ctx);
  const title = extractTitle(ctx);
  const quoted = extractQuotesAndSpeakers(ctx);
  const organizations = extractOrganizations(ctx);
  const contacts = extractContacts(ctx, organizations.organizations);
  return {
    date: date.date,
    eventDate: date.eventDate,
    place: place.place,
    title: title.title,
    fieldEvidence: { date: date.evidence, eventDate: date.eventEvidence, place: place.evidence, title: title.evidence },
    speakers: quoted.speakers,
    quotes: quoted.quotes,
    contacts: contacts.contacts,
    organizations: organizations.organizations,
    warnings: [
      ...date.warnings,
      ...place.warnings,
      ...title.warnings,
      ...quoted.warnings,
      ...contacts.warnings,
      ...organizations.warnings,
    ],
  };
}

