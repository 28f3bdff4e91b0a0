import { lstat, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** One input file found by `walkInputs`, with the folder it was found under. */
export interface FoundInput {
  /** Absolute path as found (symlinks not resolved). */
  path: string;
  /** The argument it came from: the folder walked, or the file's own folder. */
  root: string;
  /** `path` relative to `root`, with `/` separators. */
  relativePath: string;
}

/**
 * Lists every file under the given folders and files, recursively, in a stable order. Every entry
 * that is not a folder is listed, whatever its name or type (FIFOs and devices too, so they get
 * a manifest line saying why they were not read); symlinked folders are not followed, so a link
 * loop cannot make the walk endless. A missing argument is listed too and fails when read.
 */
export async function walkInputs(args: readonly string[]): Promise<FoundInput[]> {
  const found: FoundInput[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) await walkFolder(path, path, found);
    else found.push({ path, root: resolve(path, '..'), relativePath: path.slice(resolve(path, '..').length + 1) });
  }
  return found;
}

async function walkFolder(root: string, folder: string, found: FoundInput[]): Promise<void> {
  const entries = await readdir(folder);
  for (const name of entries.sort()) {
    const path = join(folder, name);
    const info = await lstat(path);
    if (info.isDirectory()) await walkFolder(root, path, found);
    else if (!info.isSymbolicLink() || !(await stat(path).catch(() => undefined))?.isDirectory()) {
      found.push({ path, root, relativePath: path.slice(root.length + 1).split('\\').join('/') });
    }
  }
}
