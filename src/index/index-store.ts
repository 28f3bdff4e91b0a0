import { z } from 'zod';
import { LanguageCodeSchema, QuoteKindSchema, type Release } from '../schema/release.js';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A quote search: text (optional) and filters, ranked and paged. Validates CLI flags and HTTP query strings alike. */
export const QuoteQuerySchema = z.object({
  text: z.string().trim().max(500).optional().describe('words or a Khmer substring; normalized like release text'),
  speaker: z.string().trim().min(1).max(200).optional().describe('any part of a speaker name, in either script'),
  organization: z.string().trim().min(1).max(200).optional().describe('an organization name, acronym or Khmer name'),
  lang: LanguageCodeSchema.optional(),
  kind: QuoteKindSchema.optional(),
  from: IsoDateSchema.optional().describe('first date, inclusive'),
  to: IsoDateSchema.optional().describe('last date, inclusive'),
  release: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('a release or source id'),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type QuoteQuery = z.input<typeof QuoteQuerySchema>;

/** A quote as the index lists it: once per release, with who said it and its translation. */
export interface QuoteHit {
  quoteId: number;
  releaseId: string;
  sourceId: string;
  index: number;
  kind: 'direct' | 'reported';
  lang: 'km' | 'en';
  text: string;
  date: string | null;
  page: number | null;
  speaker: { personId: number; name: string; names: { en?: string; km?: string }; role: string | null } | null;
  organization: { id: number; name: string; acronym: string | null } | null;
  title: { en?: string; km?: string };
  /** The same quote in the other language, when the release pairs them. */
  alignedWith: { index: number; lang: 'km' | 'en'; text: string } | null;
  /** Higher is better: 2 for an exact substring, 1 for all words (stemmed), plus the trigram share. */
  score: number;
}

export interface QuotePage {
  total: number;
  hits: QuoteHit[];
}

/** One person across the archive: every spelling, and the roles they held. */
export interface Person {
  id: number;
  names: { en?: string; km?: string };
  aliases: string[];
  quotes: number;
  roles: { role: string | null; organization: string | null; first: string | null; last: string | null }[];
}

/** Quotes of one person counted per year and language, for the timeline. */
export interface PersonTimeline {
  year: string | null;
  lang: 'km' | 'en';
  quotes: number;
}

export interface OrganizationRecord {
  id: number;
  name: string;
  acronym: string | null;
  names: { en?: string; km?: string };
  aliases: string[];
  releases: number;
  quotes: number;
}

export interface StoredSource {
  id: string;
  filename: string | null;
  mediaType: string;
  ocrPages: number;
  pages: number;
  jsonPath: string | null;
  documentPath: string | null;
}

/** One release, possibly read from several files (text, PDF, scan). */
export interface StoredRelease {
  id: string;
  date: string | null;
  title: { en?: string; km?: string };
  primarySourceId: string;
  sources: StoredSource[];
  /** The release JSON of the source whose quotes are indexed. */
  release: Release;
}

/** Where a release came from on disk; both are optional because an upload may keep neither. */
export interface ReleaseLocation {
  jsonPath?: string;
  documentPath?: string;
}

export interface UpsertOutcome {
  releaseId: string;
  sourceId: string;
  /** `new`: first source of a release; `added`: another format of a known release; `replaced`: the same source again. */
  status: 'new' | 'added' | 'replaced';
  quotesIndexed: number;
}

export const ListQuerySchema = z.object({
  name: z.string().trim().min(1).max(200).optional().describe('any part of a name, in either script'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListQuery = z.input<typeof ListQuerySchema>;

/**
 * The index of releases, quotes, people and organizations. JSON files stay the source of truth; an
 * index can be dropped and rebuilt from them. Two implementations pass one conformance suite
 * (`index-store.conformance.ts`): SQLite (embedded, the default) and PostgreSQL (shared by a team).
 */
export interface IndexStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Upserts by source id (sha256 of the input bytes); a near-identical text of the same date joins its release. */
  upsertRelease(release: Release, location?: ReleaseLocation): Promise<UpsertOutcome>;
  searchQuotes(query: QuoteQuery): Promise<QuotePage>;
  listSpeakers(query?: ListQuery): Promise<Person[]>;
  person(id: number): Promise<(Person & { timeline: PersonTimeline[] }) | null>;
  listOrganizations(query?: ListQuery): Promise<OrganizationRecord[]>;
  /** A release by its id or by the id of any of its sources. */
  getRelease(id: string): Promise<StoredRelease | null>;
  counts(): Promise<{ releases: number; sources: number; quotes: number; people: number; organizations: number }>;
  close(): Promise<void>;
}
