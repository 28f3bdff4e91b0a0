import type { JobsOptions } from 'bullmq';

/**
 * How every extraction job is queued: machine faults are retried 3 times with back-off (5 s, 10 s,
 * 20 s) and then stay failed until `presspipe retry`; finished jobs are kept in bounded numbers,
 * and no stack trace is stored in Redis.
 */
export const EXTRACT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { count: 100_000, age: 30 * 24 * 3600 },
  removeOnFail: { count: 100_000 },
  stackTraceLimit: 0,
};
