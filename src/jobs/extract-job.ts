import { z } from 'zod';

export { EXTRACT_QUEUE } from './queue-names.js';

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 in lower-case hex');

/**
 * A path relative to an input root: no absolute paths, no `..` segments, no NUL bytes. The worker
 * still resolves symlinks and checks the real path stays inside its root.
 */
export const RelativePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0') && !p.startsWith('/') && !/^[A-Za-z]:|^\\\\/.test(p), 'a relative path')
  .refine((p) => !p.split(/[\\/]/).includes('..'), 'a path without `..`');

/**
 * One document to extract, as queued. It carries only the content hash and the path relative to
 * an input root, so a job written into Redis by anyone can make a worker read nothing but the
 * archive it was started on, and write nothing but `<sha256>.json` into its own `--out`.
 */
export const ExtractJobSchema = z.strictObject({
  sha256: SHA256,
  path: RelativePathSchema,
});
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

/** What a finished job reports; the release itself is `<out>/<id>.json`. */
export const ExtractJobResultSchema = z.object({
  status: z.enum(['done', 'skipped']),
  id: SHA256,
  /** File name of the release inside the worker's `--out`. */
  output: z.string(),
  pages: z.number().int(),
  ocrPages: z.number().int(),
  durationMs: z.number().int(),
});
export type ExtractJobResult = z.infer<typeof ExtractJobResultSchema>;

/** Why a job failed, kept as the job's failed reason (JSON, never a stack). */
export const JobFailureSchema = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string(),
  permanent: z.boolean(),
});
export type JobFailure = z.infer<typeof JobFailureSchema>;

/** Reads a failed reason back; reasons not written by presspipe (a stalled job) become `JOB_FAILED`. */
export function parseJobFailure(reason: string | undefined): JobFailure {
  try {
    const parsed = JobFailureSchema.safeParse(JSON.parse(reason ?? ''));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON: BullMQ's own reasons, such as "job stalled more than allowable limit"
  }
  return { code: 'JOB_FAILED', message: reason ?? 'unknown reason', hint: 'retry it with `presspipe retry`', permanent: false };
}
