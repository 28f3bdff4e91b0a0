import { createHash } from 'node:crypto';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { InputTooLargeError } from '../errors/input-errors.js';
import { extractFields } from '../fields/extract-fields.js';
import { sniffMediaType } from '../load/sniff-media-type.js';
import { assembleText } from '../pages/assemble-text.js';
import { type Release, ReleaseSchema, SCHEMA_VERSION, type Evidence } from '../schema/release.js';
import { splitSections } from '../sections/split-sections.js';
import { type PageReaders, readPages } from './read-pages.js';

/** One document to extract: its bytes and, when known, the name it came under. */
export interface ReleaseInput {
  bytes: Uint8Array;
  filename: string | null;
}

/** The engines a run needs; the CLI and the workers build them once per process. */
export type PipelineDeps = PageReaders;

/** The whole pipeline: bytes → pages → normalized text → sections → fields → validated release. */
export async function extractRelease(input: ReleaseInput, options: PipelineOptions, deps: PipelineDeps): Promise<Release> {
  const { bytes } = input;
  if (bytes.length > options.maxBytes) throw new InputTooLargeError('bytes', bytes.length, options.maxBytes);
  const mediaType = await sniffMediaType(bytes);
  if (mediaType === 'text/plain' && bytes.length > options.maxTextBytes) {
    throw new InputTooLargeError('text bytes', bytes.length, options.maxTextBytes);
  }
  const read = await readPages(bytes, mediaType, options, deps);
  const assembled = assembleText(read.pages, read.lines);
  const { text } = assembled;
  const split = splitSections(text);
  const fields = extractFields({ text, sections: split.sections });
  const locate = (e: Pick<Evidence, 'start' | 'end'>) => assembled.locate(e.start, e.end);

  const release: Release = {
    schemaVersion: SCHEMA_VERSION,
    id: createHash('sha256').update(bytes).digest('hex'),
    source: { filename: input.filename, mediaType, bytes: bytes.length, pages: read.pageCount },
    pages: read.pages.map(({ page, method, reason, confidence }) =>
      confidence === undefined ? { page, method, reason } : { page, method, reason, confidence },
    ),
    text,
    languages: [...new Set(split.sections.map((s) => s.lang))],
    sections: split.sections,
    date: fields.date,
    eventDate: fields.eventDate,
    place: fields.place,
    title: fields.title,
    fieldEvidence: {
      date: fields.fieldEvidence.date.map(locate),
      eventDate: fields.fieldEvidence.eventDate.map(locate),
      place: fields.fieldEvidence.place.map(locate),
      title: fields.fieldEvidence.title.map(locate),
    },
    speakers: fields.speakers.map((s) => ({ ...s, evidence: locate(s.evidence), mentions: s.mentions.map(locate) })),
    quotes: fields.quotes.map((q) => ({ ...q, evidence: locate(q.evidence) })),
    contacts: fields.contacts.map((c) => ({ ...c, evidence: locate(c.evidence) })),
    organizations: fields.organizations.map((o) => ({ ...o, evidence: locate(o.evidence), mentions: o.mentions.map(locate) })),
    warnings: [...read.warnings, ...split.warnings, ...fields.warnings].map((w) =>
      w.evidence ? { ...w, evidence: locate(w.evidence) } : w,
    ),
  };
  // A release that fails its own schema is a bug in presspipe, not bad input: parse, don't safeParse.
  return ReleaseSchema.parse(release);
}
