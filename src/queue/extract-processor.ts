import { basename } from 'node:path';
import { type Job, UnrecoverableError } from 'bullmq';
import { BadJobError } from '../errors/job-errors.js';
import { isPresspipeError, type PresspipeError } from '../errors/presspipe-error.js';
import type { IngestThreads } from '../ingest/ingest-threads.js';
import { resolveInInputRoots } from '../input-files/input-roots.js';
import { type ExtractJob, type ExtractJobResult, ExtractJobSchema, type JobFailure } from '../jobs/extract-job.js';

/**
 * The BullMQ processor: checks the job (schema, id = sha256, path inside an input root), then runs
 * the ingest use case on an extraction thread, so this thread stays free to renew job locks.
 * A fault of the document or of the job fails it for good (`UnrecoverableError`); a fault of the
 * machine is thrown as is, so BullMQ retries it with back-off. Reasons are JSON, never stacks.
 */
export function extractProcessor(threads: IngestThreads, inputRoots: readonly string[]) {
  return async (job: Job<unknown, ExtractJobResult>): Promise<ExtractJobResult> => {
    try {
      const data = checkJob(job);
      const path = await resolveInInputRoots(data.path, inputRoots);
      const result = await threads.ingest({ path, sha256: data.sha256, filename: basename(data.path) });
      return { ...result, output: basename(result.output) };
    } catch (error) {
      if (!isPresspipeError(error)) throw error;
      const reason = failureReason(error);
      throw error.permanent ? new UnrecoverableError(reason) : new Error(reason);
    }
  };
}

function checkJob(job: Job<unknown, ExtractJobResult>): ExtractJob {
  const parsed = ExtractJobSchema.safeParse(job.data);
  if (!parsed.success) throw new BadJobError(parsed.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; '));
  if (job.id !== parsed.data.sha256) throw new BadJobError(`a job id that is not its sha256 (${JSON.stringify(job.id).slice(0, 80)})`);
  return parsed.data;
}

function failureReason(error: PresspipeError): string {
  const failure: JobFailure = { code: error.code, message: error.message, hint: error.hint, permanent: error.permanent };
  return JSON.stringify(failure);
}
