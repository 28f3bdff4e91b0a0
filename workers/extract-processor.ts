import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Job, UnrecoverableError } from 'bullmq';
import type { PipelineOptions } from '../src/config/pipeline-options.js';
import { FileUnreadableError } from '../src/errors/input-errors.js';
import { isPresspipeError } from '../src/errors/presspipe-error.js';
import { type ExtractJob, type ExtractJobResult, ExtractJobSchema } from '../src/jobs/extract-job.js';
import { extractRelease, type PipelineDeps } from '../src/pipeline/extract-release.js';

/**
 * The BullMQ processor: parses the job, runs the pipeline, writes `<id>.json` atomically.
 * Bad input fails the job for good (`UnrecoverableError`, no retries) with the error's code and
 * hint; anything else is thrown as is, so BullMQ retries it.
 */
export function extractProcessor(options: PipelineOptions, deps: PipelineDeps) {
  return async (job: Job<ExtractJob, ExtractJobResult>): Promise<ExtractJobResult> => {
    const parsed = ExtractJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`BAD_JOB: ${parsed.error.message}`);
    const { path, outDir, sha256 } = parsed.data;
    try {
      const bytes = await readFile(path).catch((cause) => {
        throw new FileUnreadableError(path, cause);
      });
      const release = await extractRelease({ bytes, filename: basename(path) }, options, deps);
      if (release.id !== sha256) {
        throw new UnrecoverableError(`CHANGED_ON_DISK: ${path} is not the file that was queued (sha256 differs); queue it again`);
      }
      await mkdir(outDir, { recursive: true });
      const output = join(outDir, `${release.id}.json`);
      // Write then rename, so a reader never sees half a file and a retried job overwrites cleanly.
      await writeFile(`${output}.${job.id}.tmp`, `${JSON.stringify(release, null, 2)}\n`);
      await rename(`${output}.${job.id}.tmp`, output);
      await job.updateProgress(100);
      return { id: release.id, output, pages: release.source.pages, quotes: release.quotes.length, warnings: release.warnings.length };
    } catch (error) {
      if (isPresspipeError(error) && error.permanent) {
        throw new UnrecoverableError(`${error.code}: ${error.message}; ${error.hint}`);
      }
      throw error;
    }
  };
}
