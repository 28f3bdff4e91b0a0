import type { Contact, Organization, Quote, Speaker, Warning } from '../schema/release.js';
import type { FieldContext, Span } from './field-types.js';

/** Every structured field of a release, with evidence as offsets into the context's text. */
export interface ExtractedFields {
  date: string | null;
  place: string | null;
  title: { en?: string; km?: string };
  fieldEvidence: { date: Span[]; place: Span[]; title: Span[] };
  speakers: Speaker[];
  quotes: Quote[];
  contacts: Contact[];
  organizations: Organization[];
  warnings: Warning[];
}

/** Runs every field extractor over the normalized text. */
export function extractFields(_ctx: FieldContext): ExtractedFields {
  return {
    date: null,
    place: null,
    title: {},
    fieldEvidence: { date: [], place: [], title: [] },
    speakers: [],
    quotes: [],
    contacts: [],
    organizations: [],
    warnings: [],
  };
}
