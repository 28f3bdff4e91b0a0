import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import type { RunOptions } from '../config/run-options.js';
import { startIngestThreads } from '../ingest/ingest-threads.js';
import type { ExtractJobResult } from '../jobs/extract-job.js';
import { openRedis } from './redis-connection.js';
import { extractProcessor } from './extract-processor.js';

/** A running worker. */
export interface RunningWorker {
  worker: Worker<unknown, ExtractJobResult>;
  /** Finishes the jobs in hand, then frees Redis and the threads. */
  close(): Promise<void>;
  /** Hands the jobs in hand back to the queue at once (they run again elsewhere) and stops. */
  abort(): Promise<void>;
}

/**
 * Starts a BullMQ worker for `options.queue` that extracts on `options.concurrency` threads. The
 * extraction runs off this thread, so lock renewal never starves and the lock can be short: a
 * SIGKILLed worker's jobs are taken over within `lockDuration + stalledInterval` (40 s by default).
 */
export async function startExtractWorker(
  options: RunOptions & { redisUrl: string },
  events: { name?: string; onError: (message: string) => void },
): Promise<RunningWorker> {
  const connection = openRedis(options.redisUrl, events.onError);
  const threads = startIngestThreads(options);
  const worker = new Worker<unknown, ExtractJobResult>(options.queue, extractProcessor(threads, options.inputRoots), {
    connection,
    concurrency: options.concurrency,
    name: events.name ?? `${hostname()}:${process.pid}`,
    lockDuration: options.lockDurationMs,
    stalledInterval: Math.round(options.lockDurationMs / 3),
    // A job whose worker died twice is most likely what kills workers; fail it rather than loop.
    maxStalledCount: 2,
  });
  worker.on('error', (error) => events.onError(error.message));
  await worker.waitUntilReady();
  return {
    worker,
    async close() {
      await worker.close();
      await threads.close();
      await connection.quit().catch(() => undefined);
    },
    async abort() {
      // Terminating the threads fails the jobs in hand as retryable, so they go back to the queue.
      await threads.terminate();
      await worker.close(true);
      await connection.quit().catch(() => undefined);
    },
  };
}
