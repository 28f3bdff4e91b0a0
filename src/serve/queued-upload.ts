import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexStore } from '../index/index-store.js';
import { indexReleaseFile } from '../index/index-release-folder.js';
import type { JobOutcome, JobRunner } from '../runners/job-runner.js';
import type { UploadHandler } from './api-server.js';

/** Where queued uploads go and where their releases come back. */
export interface QueuedUploadSettings {
  /** Queues the job; `presspipe worker` processes on any machine take it. */
  runner: JobRunner;
  /** An `--input-root` of the workers: an upload is stored as `uploads/<sha256>/<filename>` under it. */
  inputRoot: string;
  /** The workers' `--out`, where `<sha256>.json` appears when the job is done. */
  out: string;
  store: IndexStore;
  /** Hears a job that failed, or a finished release the index could not take, as one line. */
  onError: (message: string) => void;
}

// A job path carries the name the worker keeps as the release's source filename: keep it readable but plain.
const UNSAFE_NAME = /[^\p{L}\p{N}._ -]+/gu;

/**
 * Uploads for a server with a queue: the bytes are written under the workers' input root and one
 * job is added through the runner; the answer (202, the job id = the sha256) does not wait for it.
 * When the job finishes, its release is indexed from the shared `out`, with the stored upload as
 * its source document.
 */
export function queuedUpload(settings: QueuedUploadSettings): UploadHandler {
  return async ({ bytes, filename }) => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = (filename ?? '').replace(UNSAFE_NAME, '_').replace(/^[.\s]+/, '') || 'upload';
    const relativePath = `uploads/${sha256}/${name}`;
    const path = join(settings.inputRoot, relativePath);
    await mkdir(join(settings.inputRoot, 'uploads', sha256), { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
    const indexOutcome = async (outcome: JobOutcome) => {
      if (outcome.status === 'failed' || !outcome.output) {
        settings.onError(`upload ${sha256} (${name}) failed: ${outcome.code}: ${outcome.message}`);
        return;
      }
      const entry = await indexReleaseFile(join(settings.out, outcome.output), settings.store, path);
      if ('error' in entry) settings.onError(`upload ${sha256}: ${entry.error.message}`);
    };
    void settings.runner
      .run([{ sha256, root: settings.inputRoot, relativePath }], (outcome) => {
        indexOutcome(outcome).catch((error: unknown) => settings.onError(`upload ${sha256}: ${(error as Error).message}`));
      })
      .catch((error: unknown) => settings.onError(`upload ${sha256} could not be queued: ${(error as Error).message}`));
    return { status: 'queued', jobId: sha256 };
  };
}
