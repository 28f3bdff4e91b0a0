import { createHash } from 'node:crypto';
import { type Organization, type Quote, type Release, ReleaseSchema, SCHEMA_VERSION, type Speaker } from '../schema/release.js';

const at = { start: 0, end: 1, page: 1 };

/** A speaker as extraction writes one, for tests that build releases by hand. */
export function speaker(name: string, names: Speaker['names'], extra: Partial<Speaker> = {}): Speaker {
  return { name, names, evidence: at, mentions: [at], ...extra };
}

/** A quote as extraction writes one. */
export function quote(text: string, lang: Quote['lang'], speakerName: string | null, extra: Partial<Quote> = {}): Quote {
  return { kind: 'direct', text, lang, speaker: speakerName, evidence: at, ...extra };
}

/** An organization as extraction writes one. */
export function organization(name: string, names: Organization['names'], acronym?: string): Organization {
  return { name, names, ...(acronym ? { acronym } : {}), evidence: at, mentions: [at] };
}

/**
 * A valid release with the given content; its id is the hash of `seed` (the input bytes of a real
 * release) and its text defaults to the quotes, so two releases differ unless told to be alike.
 */
export function testRelease(seed: string, content: Partial<Release> & Pick<Release, 'quotes' | 'speakers'>): Release {
  return ReleaseSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: createHash('sha256').update(seed).digest('hex'),
    source: { filename: `${seed}.txt`, mediaType: 'text/plain', bytes: seed.length, pages: 1 },
    pages: [{ page: 1, method: 'text-layer', reason: 'test' }],
    text: `${seed}\n${content.quotes.map((q) => q.text).join('\n')}`,
    languages: [...new Set(content.quotes.map((q) => q.lang))],
    sections: [],
    date: null,
    eventDate: null,
    place: null,
    title: {},
    fieldEvidence: { date: [], eventDate: [], place: [], title: [] },
    contacts: [],
    organizations: [],
    warnings: [],
    ...content,
  });
}
