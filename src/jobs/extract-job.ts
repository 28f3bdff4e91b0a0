import { z } from 'zod';

export { EXTRACT_QUEUE } from './queue-names.js';

/**
 * One document to extract. Workers on other machines read `path`, so it must be on storage they
 * all mount; the job id is the sha256 of the bytes, so the same document is queued once.
 */
export const ExtractJobSchema = z.object({
  path: z.string().min(1).describe('absolute path of the document, readable by every worker'),
  outDir: z.string().min(1).describe('directory the worker writes `<id>.json` into'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExtractJob = z.infer<typeof ExtractJobSchema>;

/** What a finished job reports; the release itself is in `output`. */
export const ExtractJobResultSchema = z.object({
  id: z.string(),
  output: z.string(),
  pages: z.number().int(),
  quotes: z.number().int(),
  warnings: z.number().int(),
});
export type ExtractJobResult = z.infer<typeof ExtractJobResultSchema>;
