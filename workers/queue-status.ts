import type { Queue } from 'bullmq';

/** Counts of an import, and why each failed document failed. */
export interface QueueStatus {
  counts: Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed', number>;
  failures: { jobId: string; path: string; reason: string; attempts: number }[];
}

/** Reads the progress of an import from the queue. */
export async function queueStatus(queue: Queue, maxFailures = 100): Promise<QueueStatus> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  const failed = await queue.getFailed(0, maxFailures - 1);
  return {
    counts: {
      waiting: counts.waiting ?? 0,
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
    },
    failures: failed.map((job) => ({
      jobId: job.id ?? '',
      path: String(job.data?.path ?? ''),
      reason: job.failedReason,
      attempts: job.attemptsMade,
    })),
  };
}
