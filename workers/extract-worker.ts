import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { PipelineOptions } from '../src/config/pipeline-options.js';
import { EXTRACT_QUEUE, type ExtractJob, type ExtractJobResult } from '../src/jobs/extract-job.js';
import { openPipelineDeps } from '../src/pipeline/open-pipeline-deps.js';
import { extractProcessor } from './extract-processor.js';

/** Where a worker finds Redis and how much it takes on. */
export interface WorkerSettings {
  redisUrl: string;
  /** Documents in progress at once on this machine. @defaultValue 2 */
  concurrency?: number;
  /** Queue name; tests use their own. @defaultValue 'presspipe-extract' */
  queue?: string;
  /** Shown as `processedBy` on each job, to tell machines apart. @defaultValue `<hostname>:<pid>` */
  name?: string;
}

/** A running worker; `close()` finishes the jobs in hand, then frees Redis and OCR. */
export interface RunningWorker {
  worker: Worker<ExtractJob, ExtractJobResult>;
  close(): Promise<void>;
}

/** Starts a BullMQ worker that extracts releases on this machine. */
export async function startExtractWorker(settings: WorkerSettings, options: PipelineOptions): Promise<RunningWorker> {
  const connection = new Redis(settings.redisUrl, { maxRetriesPerRequest: null });
  const deps = await openPipelineDeps(options);
  const worker = new Worker<ExtractJob, ExtractJobResult>(settings.queue ?? EXTRACT_QUEUE, extractProcessor(options, deps), {
    connection,
    concurrency: settings.concurrency ?? 2,
    name: settings.name ?? `${hostname()}:${process.pid}`,
    // OCR keeps the CPU busy for seconds per page; a longer lock keeps a busy job from being
    // taken for stalled and run twice.
    lockDuration: 120_000,
  });
  return {
    worker,
    async close() {
      await worker.close();
      await deps.close();
      await connection.quit();
    },
  };
}
