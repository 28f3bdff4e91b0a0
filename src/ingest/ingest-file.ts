import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { ChangedOnDiskError } from '../errors/input-errors.js';
import { readDocumentFile } from '../input-files/read-document-file.js';
import { extractRelease, type PipelineDeps } from '../pipeline/extract-release.js';
import type { ReleaseStore } from '../store/release-store.js';

/** One file to turn into a stored release. */
export interface IngestRequest {
  /** Where to read it (already checked against input roots where that matters). */
  path: string;
  /** The content hash it was queued under; the bytes read must match it. */
  sha256?: string;
  /** Recorded as `source.filename`. @defaultValue the path's base name */
  filename?: string;
}

/** What became of one file. */
export interface IngestResult {
  status: 'done' | 'skipped';
  id: string;
  /** Where the release is (the store's answer), or where it already was. */
  output: string;
  pages: number;
  ocrPages: number;
  durationMs: number;
}

/** What the use case works with, built once per process. */
export interface IngestContext {
  options: PipelineOptions;
  deps: PipelineDeps;
  store: ReleaseStore & { pathOf?(id: string): string };
  /** Extract even when the store has the release. @defaultValue false */
  force?: boolean;
}

/**
 * The one path from a file to a stored release, for `extract`, `import` and the workers alike:
 * read (a regular file, size checked first) → hash → check against what was asked → skip what is
 * stored → extract → store atomically. Faults are thrown as typed `PresspipeError`s.
 */
export async function ingestFile(request: IngestRequest, context: IngestContext): Promise<IngestResult> {
  const started = performance.now();
  const bytes = await readDocumentFile(request.path, context.options.maxBytes);
  const id = createHash('sha256').update(bytes).digest('hex');
  if (request.sha256 !== undefined && request.sha256 !== id) throw new ChangedOnDiskError(request.path);
  if (!context.force && (await context.store.has(id))) {
    return { status: 'skipped', id, output: context.store.pathOf?.(id) ?? id, pages: 0, ocrPages: 0, durationMs: elapsed(started) };
  }
  const release = await extractRelease({ bytes, filename: request.filename ?? basename(request.path) }, context.options, context.deps);
  const output = await context.store.put(release);
  return {
    status: 'done',
    id,
    output,
    pages: release.source.pages,
    ocrPages: release.pages.filter((p) => p.method === 'ocr').length,
    durationMs: elapsed(started),
  };
}

const elapsed = (started: number) => Math.round(performance.now() - started);
