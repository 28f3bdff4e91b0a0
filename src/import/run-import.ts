import { mkdir } from 'node:fs/promises';
import pLimit from 'p-limit';
import type { RunOptions } from '../config/run-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { hashDocumentFile } from '../input-files/hash-document-file.js';
import { type FoundInput, walkInputs } from '../input-files/walk-inputs.js';
import type { ImportJob, JobOutcome, JobRunner } from '../runners/job-runner.js';
import { directoryReleaseStore } from '../store/directory-release-store.js';
import { type ManifestLine, openManifest, previousPermanentFailures } from './manifest.js';

/** Counts of an import so far. */
export interface ImportProgress {
  /** Input paths found. */
  files: number;
  /** Distinct contents among them. */
  distinct: number;
  /** Distinct contents sent to the runner. */
  queued: number;
  done: number;
  skipped: number;
  failed: number;
  pages: number;
  ocrPages: number;
  elapsedMs: number;
}

/** What the caller hears while an import runs. */
export interface ImportHooks {
  onProgress?(progress: ImportProgress): void;
  /** A release was stored at `path` (for an index to pick up). */
  onReleaseStored?(path: string): void | Promise<void>;
}

// Hashing is disk-bound; a few files at once keep a disk busy without flooding it.
const HASHING_AT_ONCE = 4;

/**
 * Imports folders and files into `options.out`: walks them, hashes every file, collapses identical
 * contents, skips what `out` holds (and what failed for good last time) unless `force`, runs the
 * rest on `runner`, and records one manifest line per input path.
 */
export async function runImport(args: readonly string[], options: RunOptions, runner: JobRunner, hooks: ImportHooks = {}, signal?: AbortSignal): Promise<ImportProgress> {
  const started = performance.now();
  await mkdir(options.out, { recursive: true });
  const store = directoryReleaseStore(options.out);
  const found = await walkInputs(args);
  const previous = options.force ? new Map<string, ManifestLine>() : await previousPermanentFailures(options.out);
  const manifest = openManifest(options.out);
  const progress: ImportProgress = { files: found.length, distinct: 0, queued: 0, done: 0, skipped: 0, failed: 0, pages: 0, ocrPages: 0, elapsedMs: 0 };
  const record = (line: ManifestLine) => {
    manifest.write(line);
    progress[line.status] += 1;
    progress.pages += line.pages;
    progress.ocrPages += line.ocrPages;
    progress.elapsedMs = Math.round(performance.now() - started);
    hooks.onProgress?.({ ...progress });
  };

  try {
    const byContent = new Map<string, FoundInput[]>();
    const limit = pLimit(HASHING_AT_ONCE);
    const hashed = await Promise.all(found.map((input) => limit(() => hashInput(input, options.pipeline.maxBytes))));
    for (const [index, result] of hashed.entries()) {
      const input = found[index]!;
      if ('failure' in result) record({ path: input.path, sha256: null, output: null, status: 'failed', ...result.failure, pages: 0, ocrPages: 0, durationMs: 0 });
      else byContent.set(result.sha256, [...(byContent.get(result.sha256) ?? []), input]);
    }
    progress.distinct = byContent.size;

    const jobs: ImportJob[] = [];
    for (const [sha256, inputs] of byContent) {
      const failedBefore = previous.get(sha256);
      if (!options.force && (await store.has(sha256))) {
        for (const input of inputs) record({ path: input.path, sha256, output: `${sha256}.json`, status: 'skipped', pages: 0, ocrPages: 0, durationMs: 0 });
      } else if (failedBefore) {
        for (const input of inputs) record({ ...failedBefore, path: input.path, durationMs: 0 });
      } else {
        jobs.push({ sha256, root: inputs[0]!.root, relativePath: inputs[0]!.relativePath });
      }
    }
    progress.queued = jobs.length;
    hooks.onProgress?.({ ...progress });

    await runner.run(
      jobs,
      (outcome) => {
        const inputs = byContent.get(outcome.sha256) ?? [];
        inputs.forEach((input, i) => record(manifestLine(input, outcome, i === 0 ? undefined : inputs[0]!.path)));
        if (outcome.status === 'done' && outcome.output) void hooks.onReleaseStored?.(store.pathOf(outcome.sha256));
      },
      signal,
    );
  } finally {
    await manifest.close();
  }
  progress.elapsedMs = Math.round(performance.now() - started);
  return progress;
}

async function hashInput(input: FoundInput, maxBytes: number): Promise<{ sha256: string } | { failure: { code: string; hint: string; permanent: boolean } }> {
  try {
    // The pipeline's own limit: a file too large to extract is refused unread.
    return await hashDocumentFile(input.path, maxBytes);
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    return { failure: { code: error.code, hint: `${error.message}; ${error.hint}`, permanent: error.permanent } };
  }
}

function manifestLine(input: FoundInput, outcome: JobOutcome, sameAs: string | undefined): ManifestLine {
  const line: ManifestLine = {
    path: input.path,
    sha256: outcome.sha256,
    output: outcome.status === 'failed' ? null : (outcome.output ?? null),
    status: outcome.status,
    pages: sameAs ? 0 : outcome.pages,
    ocrPages: sameAs ? 0 : outcome.ocrPages,
    durationMs: sameAs ? 0 : outcome.durationMs,
  };
  if (outcome.code) Object.assign(line, { code: outcome.code, hint: `${outcome.message}; ${outcome.hint}`, permanent: outcome.permanent });
  if (outcome.worker) line.worker = outcome.worker;
  if (sameAs) line.sameAs = sameAs;
  return line;
}
