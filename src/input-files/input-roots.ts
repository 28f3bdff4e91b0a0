import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileUnreadableError } from '../errors/input-errors.js';
import { NotInInputRootsError, OutsideInputRootsError } from '../errors/job-errors.js';

/**
 * Finds a job's file under the roots a worker was started with. The relative path is checked by
 * the job schema already; here the real path (symlinks resolved) must still be inside the real
 * root, so a link planted in the archive cannot lead the worker to `/etc` or `/dev/zero`.
 */
export async function resolveInInputRoots(relativePath: string, roots: readonly string[]): Promise<string> {
  if (isAbsolute(relativePath) || relativePath.split(/[\\/]/).includes('..')) throw new OutsideInputRootsError(relativePath);
  for (const root of roots) {
    const realRoot = await realpath(root).catch(() => undefined);
    if (!realRoot) continue;
    const real = await realpath(join(realRoot, relativePath)).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') return undefined;
      throw new FileUnreadableError(join(root, relativePath), cause);
    });
    if (real === undefined) continue;
    if (!isInside(realRoot, real)) throw new OutsideInputRootsError(relativePath);
    return real;
  }
  throw new NotInInputRootsError(relativePath, roots);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel) && resolve(root, rel) === path;
}
