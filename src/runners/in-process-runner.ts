import { hostname } from 'node:os';
import { basename } from 'node:path';
import pLimit from 'p-limit';
import type { RunOptions } from '../config/run-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { startIngestThreads } from '../ingest/ingest-threads.js';
import { resolveInInputRoots } from '../input-files/input-roots.js';
import type { JobOutcome, JobRunner } from './job-runner.js';

/**
 * The embedded runner: extraction threads in this process, as many as `concurrency`. It takes
 * the same steps as a queue worker (the path checked against its root, the hash against the bytes),
 * so both give the same release JSON.
 */
export function inProcessRunner(options: RunOptions): JobRunner {
  const threads = startIngestThreads(options);
  const worker = `${hostname()}:${process.pid}`;
  return {
    async run(jobs, onOutcome, signal) {
      // Jobs go to the threads only as threads free up, so an abort leaves the rest untouched.
      const limit = pLimit(options.concurrency);
      await Promise.all(
        jobs.map((job) => limit(async () => {
          if (signal?.aborted) return;
          const outcome: JobOutcome = await (async () => {
            try {
              const path = await resolveInInputRoots(job.relativePath, [job.root]);
              const result = await threads.ingest({ path, sha256: job.sha256, filename: basename(job.relativePath) });
              return { ...result, sha256: job.sha256, output: basename(result.output), worker };
            } catch (error) {
              if (!isPresspipeError(error)) throw error;
              const { code, message, hint, permanent } = error;
              return { sha256: job.sha256, status: 'failed', code, message, hint, permanent, pages: 0, ocrPages: 0, durationMs: 0, worker };
            }
          })();
          onOutcome(outcome);
        })),
      );
    },
    close: () => threads.close(),
  };
}
