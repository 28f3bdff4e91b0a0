import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** One line of `<out>/manifest.jsonl`: what became of one input path. */
export const ManifestLineSchema = z.object({
  path: z.string(),
  sha256: z.string().nullable(),
  /** File name of the release in `<out>`, when there is one. */
  output: z.string().nullable(),
  status: z.enum(['done', 'skipped', 'failed']),
  code: z.string().optional(),
  hint: z.string().optional(),
  /** The failure is the document's own: re-running the same bytes cannot help. */
  permanent: z.boolean().optional(),
  pages: z.number().int(),
  ocrPages: z.number().int(),
  durationMs: z.number().int(),
  worker: z.string().optional(),
  /** Set on every other name of the same bytes: the path that was extracted for them. */
  sameAs: z.string().optional(),
});
export type ManifestLine = z.infer<typeof ManifestLineSchema>;

/** The manifest's file name inside the output folder. */
export const MANIFEST_FILE = 'manifest.jsonl';

/** Permanent failures recorded by the previous import into `out`, by content hash. */
export async function previousPermanentFailures(out: string): Promise<Map<string, ManifestLine>> {
  const failures = new Map<string, ManifestLine>();
  const text = await readFile(join(out, MANIFEST_FILE), 'utf8').catch(() => '');
  for (const raw of text.split('\n')) {
    if (raw.trim() === '') continue;
    const parsed = ManifestLineSchema.safeParse(JSON.parse(raw));
    if (parsed.success && parsed.data.status === 'failed' && parsed.data.permanent && parsed.data.sha256) {
      failures.set(parsed.data.sha256, parsed.data);
    }
  }
  return failures;
}

/** Writes manifest lines as they come, so an interrupted import still records what it did. */
export function openManifest(out: string): { write(line: ManifestLine): void; close(): Promise<void> } {
  const stream: WriteStream = createWriteStream(join(out, MANIFEST_FILE), { flags: 'w' });
  return {
    write: (line) => stream.write(`${JSON.stringify(line)}\n`),
    close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}
