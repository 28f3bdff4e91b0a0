import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { UnknownQueueError } from '../errors/redis-errors.js';
import { type JobFailure, parseJobFailure } from '../jobs/extract-job.js';

/** Progress of an import as the queue sees it. */
export interface QueueStatus {
  counts: Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed', number>;
  /** Documents being extracted now; `stalled` when their worker stopped renewing the lock. */
  active: { jobId: string; path: string; worker: string; runningMs: number; stalled: boolean }[];
  /** Documents finished per minute over the last 10 minutes, and the time left at that rate. */
  ratePerMinute: number;
  etaSeconds: number | null;
  failures: ({ jobId: string; path: string; attempts: number } & JobFailure)[];
}

const RATE_WINDOW_MS = 10 * 60_000;
// Failed and completed jobs are read in pages, so a queue of 100,000 never loads at once.
const PAGE = 500;

// Enough names to spot the one meant; a Redis shared by many imports is not listed whole.
const KNOWN_QUEUES_SHOWN = 10;
const KNOWN_QUEUES_READ = 1000;

/**
 * Throws `UnknownQueueError` for a name nothing was ever queued under, naming the queues there
 * are, those that start most like the name given first.
 */
export async function assertQueueExists(connection: Redis, queue: string): Promise<void> {
  const found = await connection.exists(`bull:${queue}:meta`, `bull:${queue}:events`, `bull:${queue}:id`);
  if (found > 0) return;
  const known = new Set<string>();
  let cursor = '0';
  do {
    const [next, keys] = await connection.scan(cursor, 'MATCH', 'bull:*:meta', 'COUNT', 1000);
    for (const key of keys) known.add(key.slice('bull:'.length, -':meta'.length));
    cursor = next;
  } while (cursor !== '0' && known.size < KNOWN_QUEUES_READ);
  const likeness = (name: string) => {
    let n = 0;
    while (n < name.length && name[n] === queue[n]) n++;
    return n;
  };
  const closest = [...known].sort((a, b) => likeness(b) - likeness(a) || a.localeCompare(b));
  throw new UnknownQueueError(queue, closest.slice(0, KNOWN_QUEUES_SHOWN));
}

/** Reads the progress of an import: counts, jobs in hand, rate, ETA and every failure. */
export async function queueStatus(queue: Queue, client: Redis, now = Date.now()): Promise<QueueStatus> {
  const raw = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const counts = {
    waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0),
    active: raw.active ?? 0,
    delayed: raw.delayed ?? 0,
    completed: raw.completed ?? 0,
    failed: raw.failed ?? 0,
  };
  const active = await Promise.all(
    (await queue.getActive()).map(async (job) => ({
      jobId: job.id ?? '',
      path: String((job.data as { path?: unknown })?.path ?? ''),
      worker: job.processedBy ?? '',
      runningMs: job.processedOn ? now - job.processedOn : 0,
      stalled: (await client.exists(queue.toKey(`${job.id}:lock`))) === 0,
    })),
  );
  let recent = 0;
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getCompleted(start, start + PAGE - 1);
    const inWindow = page.filter((j) => (j.finishedOn ?? 0) >= now - RATE_WINDOW_MS).length;
    recent += inWindow;
    if (page.length < PAGE || inWindow < page.length) break;
  }
  const ratePerMinute = recent / (RATE_WINDOW_MS / 60_000);
  const left = counts.waiting + counts.active + counts.delayed;
  const failures: QueueStatus['failures'] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getFailed(start, start + PAGE - 1);
    for (const job of page) {
      failures.push({ jobId: job.id ?? '', path: String((job.data as { path?: unknown })?.path ?? ''), attempts: job.attemptsMade, ...parseJobFailure(job.failedReason) });
    }
    if (page.length < PAGE) break;
  }
  return { counts, active, ratePerMinute, etaSeconds: left === 0 ? 0 : ratePerMinute > 0 ? Math.round((left / ratePerMinute) * 60) : null, failures };
}

/** Puts failed jobs back in the queue (all, or those failed with `code`); resolves to how many. */
export async function retryFailed(queue: Queue, code?: string): Promise<number> {
  const chosen = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getFailed(start, start + PAGE - 1);
    chosen.push(...page.filter((job) => code === undefined || parseJobFailure(job.failedReason).code === code));
    if (page.length < PAGE) break;
  }
  for (const job of chosen) await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
  return chosen.length;
}
