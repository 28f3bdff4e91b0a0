import { type Job, Queue, QueueEvents } from 'bullmq';
import { type ExtractJob, type ExtractJobResult, ExtractJobResultSchema, parseJobFailure } from '../jobs/extract-job.js';
import type { ImportJob, JobOutcome, JobRunner } from '../runners/job-runner.js';
import { EXTRACT_JOB_OPTIONS } from './extract-job-options.js';
import { openRedis } from './redis-connection.js';

/** Where the queue is, and whether finished jobs are redone. */
export interface QueueRunnerSettings {
  redisUrl: string;
  queue: string;
  /** Redo jobs that completed, and jobs that failed for good. @defaultValue false */
  force?: boolean;
  /** Hears connection errors as one line each. */
  onError: (message: string) => void;
}

// Events can be missed across a Redis restart; the pending jobs are then looked up this often.
const SWEEP_MS = 5_000;

/**
 * The BullMQ runner: queues each job (`addBulk`, id = sha256) for `presspipe worker` on any
 * machine and follows the jobs to the end through queue events.
 */
export async function openQueueRunner(settings: QueueRunnerSettings): Promise<JobRunner> {
  // Both connections, the queue and its events all hear one Redis outage: the user hears it once.
  let last = '';
  const onError = (message: string) => {
    if (message !== last) settings.onError(message);
    last = message;
  };
  const connection = openRedis(settings.redisUrl, onError);
  const eventsConnection = openRedis(settings.redisUrl, onError);
  connection.on('ready', () => (last = ''));
  const queue = new Queue<ExtractJob, ExtractJobResult>(settings.queue, { connection });
  const events = new QueueEvents(settings.queue, { connection: eventsConnection });
  // Without a listener BullMQ prints each error with its stack.
  queue.on('error', (error) => onError(error.message));
  events.on('error', (error) => onError(error.message));
  await events.waitUntilReady();

  return {
    async run(jobs, onOutcome, signal) {
      const pending = new Set(jobs.map((j) => j.sha256));
      let done: () => void = () => undefined;
      const finished = new Promise<void>((resolve) => {
        done = resolve;
      });
      const report = (outcome: JobOutcome) => {
        if (!pending.delete(outcome.sha256)) return;
        onOutcome(outcome);
        if (pending.size === 0) done();
      };
      const look = async (id: string) => {
        const job = await queue.getJob(id);
        const outcome = job && (await outcomeOf(job));
        if (outcome) report(outcome);
      };
      const onCompleted = ({ jobId }: { jobId: string }) => void look(jobId).catch(() => undefined);
      events.on('completed', onCompleted);
      events.on('failed', onCompleted);
      const onAbort = () => done();
      signal?.addEventListener('abort', onAbort);
      const sweep = setInterval(() => {
        for (const id of pending) void look(id).catch(() => undefined);
      }, SWEEP_MS);
      try {
        await queueJobs(queue, jobs, settings.force === true, report);
        if (pending.size > 0) await finished;
      } finally {
        clearInterval(sweep);
        signal?.removeEventListener('abort', onAbort);
        events.off('completed', onCompleted);
        events.off('failed', onCompleted);
      }
    },
    async close() {
      await events.close();
      await queue.close();
      await Promise.all([connection.quit(), eventsConnection.quit()].map((p) => p.catch(() => undefined)));
    },
  };
}

/**
 * Adds the jobs the queue does not hold; a held job is followed as it is, except that a completed
 * one (its output is gone, or `force`) is replaced, and a failed one is retried unless it failed
 * for good; a permanent failure is reported at once, so a re-run does no work for it.
 */
async function queueJobs(queue: Queue<ExtractJob, ExtractJobResult>, jobs: readonly ImportJob[], force: boolean, report: (o: JobOutcome) => void): Promise<void> {
  const toAdd: ImportJob[] = [];
  for (const job of jobs) {
    const existing = await queue.getJob(job.sha256);
    const state = existing ? await existing.getState() : undefined;
    if (!existing || state === 'unknown') toAdd.push(job);
    else if (state === 'completed') {
      await existing.remove();
      toAdd.push(job);
    } else if (state === 'failed') {
      const failure = parseJobFailure(existing.failedReason);
      if (failure.permanent && !force) report((await outcomeOf(existing))!);
      else await existing.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    }
  }
  await queue.addBulk(
    toAdd.map((job) => ({
      name: 'extract',
      data: { sha256: job.sha256, path: job.relativePath },
      opts: { ...EXTRACT_JOB_OPTIONS, jobId: job.sha256 },
    })),
  );
}

/** The outcome of a finished job, or undefined while it is not finished. */
async function outcomeOf(job: Job<ExtractJob, ExtractJobResult>): Promise<JobOutcome | undefined> {
  const state = await job.getState();
  const base = { sha256: job.id!, worker: job.processedBy, pages: 0, ocrPages: 0, durationMs: 0 };
  if (state === 'completed') {
    const result = ExtractJobResultSchema.parse(job.returnvalue);
    return { ...base, ...result };
  }
  if (state === 'failed') {
    const { code, message, hint, permanent } = parseJobFailure(job.failedReason);
    return { ...base, status: 'failed', code, message, hint, permanent };
  }
  return undefined;
}
