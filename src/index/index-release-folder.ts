import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InvalidReleaseJsonError } from '../errors/index-errors.js';
import { ReleaseSchema } from '../schema/release.js';
import type { IndexStore, UpsertOutcome } from './index-store.js';

/** What one release JSON file became. */
export type FolderEntryOutcome = { file: string; outcome: UpsertOutcome } | { file: string; error: InvalidReleaseJsonError };

/**
 * Indexes every release JSON in `dir` (the `--out` folder of `extract` or `import`). The JSON stays
 * the source of truth: running it again upserts, so an index can be rebuilt from the folder.
 */
export async function indexReleaseFolder(dir: string, store: IndexStore, onEntry: (entry: FolderEntryOutcome) => void = () => undefined): Promise<FolderEntryOutcome[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const entries: FolderEntryOutcome[] = [];
  for (const name of files) {
    const entry = await indexReleaseFile(join(dir, name), store);
    entries.push(entry);
    onEntry(entry);
  }
  return entries;
}

/**
 * Indexes one release JSON file (what an importer calls once it has stored a release). A file that
 * is not a release is reported, not thrown. The source document is `document` when given, else a
 * file with the release's `source.filename` beside the JSON when there is one.
 */
export async function indexReleaseFile(file: string, store: IndexStore, document?: string): Promise<FolderEntryOutcome> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    json = error;
  }
  const parsed = ReleaseSchema.safeParse(json);
  if (!parsed.success) {
    const detail = json instanceof Error ? json.message : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { file, error: new InvalidReleaseJsonError(file, detail) };
  }
  const release = parsed.data;
  const candidate = document ?? (release.source.filename ? join(dirname(file), release.source.filename) : null);
  const documentPath = candidate && (await isFile(candidate)) ? candidate : undefined;
  return { file, outcome: await store.upsertRelease(release, { jsonPath: file, ...(documentPath ? { documentPath } : {}) }) };
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}
