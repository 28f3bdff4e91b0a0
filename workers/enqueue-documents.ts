import type { Queue } from 'bullmq';
import { type ExtractJob, ExtractJobSchema } from '../src/jobs/extract-job.js';

/** What happened to one document handed to `enqueueDocuments`. */
export interface EnqueueOutcome {
  path: string;
  jobId: string;
  /** False when a job for the same bytes was already in the queue (waiting, running, done or failed). */
  added: boolean;
}

/**
 * Queues documents, one job per distinct content: the job id is the sha256, so re-running an
 * import after a crash queues only what is not there yet.
 */
export async function enqueueDocuments(queue: Queue, jobs: ExtractJob[]): Promise<EnqueueOutcome[]> {
  const outcomes: EnqueueOutcome[] = [];
  for (const data of jobs) {
    const job = ExtractJobSchema.parse(data);
    const existing = await queue.getJob(job.sha256);
    if (existing) {
      outcomes.push({ path: job.path, jobId: job.sha256, added: false });
      continue;
    }
    await queue.add('extract', job, {
      jobId: job.sha256,
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
      removeOnComplete: false,
      removeOnFail: false,
    });
    outcomes.push({ path: job.path, jobId: job.sha256, added: true });
  }
  return outcomes;
}
