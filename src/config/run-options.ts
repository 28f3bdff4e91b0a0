import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { EXTRACT_QUEUE } from '../jobs/queue-names.js';
import { PipelineOptionsSchema } from './pipeline-options.js';

/**
 * Settings of `import` and `worker` beyond the pipeline's own, parsed once at start-up from flags
 * and environment (`parseRunOptions`) and passed down.
 */
export const RunOptionsSchema = z.object({
  pipeline: PipelineOptionsSchema,
  /** Directory releases are stored in as `<id>.json`; the only place a worker writes. */
  out: z.string().min(1),
  /**
   * Extract again what `out` already has.
   * @defaultValue false
   */
  force: z.boolean().default(false),
  /**
   * Documents extracted at once in this process, each in its own thread with its own OCR worker.
   * @defaultValue the number of CPU cores
   */
  concurrency: z.number().int().positive().max(256).default(() => availableParallelism()),
  /**
   * Time limit for one whole document (read, OCR, fields, store), ms; the thread is then stopped.
   * @defaultValue 600000 (10 minutes: a 20-page scan takes about 2 on one core)
   */
  documentTimeoutMs: z.number().int().positive().default(600_000),
  /**
   * How long a queue worker's hold on a job lasts without renewal, ms. Extraction runs on threads,
   * so renewal never starves and the lock can be short: a killed worker's job is taken over after
   * about `lockDurationMs × 4/3`.
   * @defaultValue 30000
   */
  lockDurationMs: z.number().int().min(1000).default(30_000),
  /** Folders a worker may read job paths under; a job's path is relative to one of them. */
  inputRoots: z.array(z.string().min(1)).default([]),
  /** Redis of the queue; unset means in-process. */
  redisUrl: z.url({ protocol: /^rediss?$/ }).optional(),
  /**
   * Queue name, to keep imports apart.
   * @defaultValue 'presspipe-extract'
   */
  queue: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, `_`, `.` and `-`, up to 64')
    .default(EXTRACT_QUEUE),
});
export type RunOptions = z.infer<typeof RunOptionsSchema>;

/** Flags as the CLI hands them over, before parsing. */
export interface RunFlags {
  out?: string;
  force?: boolean;
  concurrency?: string;
  documentTimeout?: string;
  inputRoot?: string[];
  lockDuration?: string;
  redis?: string;
  queue?: string;
  ocr?: string;
  tessdata?: string;
  maxPages?: number;
  maxPixels?: number;
}

/** Environment variables presspipe reads; nothing below the CLI reads `process.env`. */
export interface RunEnvironment {
  PRESSPIPE_REDIS_URL?: string;
  PRESSPIPE_TESSDATA?: string;
  PRESSPIPE_DOCUMENT_TIMEOUT?: string;
}

/** Parses flags and environment into options, or a one-line reason for a usage error. */
export function parseRunOptions(flags: RunFlags, env: RunEnvironment): { ok: true; options: RunOptions } | { ok: false; reason: string } {
  const seconds = flags.documentTimeout ?? env.PRESSPIPE_DOCUMENT_TIMEOUT;
  const parsed = RunOptionsSchema.safeParse({
    pipeline: {
      ocr: flags.ocr,
      tessdataDir: flags.tessdata ?? env.PRESSPIPE_TESSDATA,
      maxPages: flags.maxPages,
      maxPixels: flags.maxPixels,
    },
    out: flags.out,
    force: flags.force,
    concurrency: flags.concurrency === undefined ? undefined : Number(flags.concurrency),
    documentTimeoutMs: seconds === undefined ? undefined : Number(seconds) * 1000,
    inputRoots: flags.inputRoot,
    lockDurationMs: flags.lockDuration === undefined ? undefined : Number(flags.lockDuration) * 1000,
    redisUrl: flags.redis ?? env.PRESSPIPE_REDIS_URL,
    queue: flags.queue,
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
