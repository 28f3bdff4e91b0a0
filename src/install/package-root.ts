import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder presspipe is installed in (the one with its package.json). Modules run from `src/`
 * under tsx and from `dist/src/` once compiled, so files shipped beside the code (`tessdata/`)
 * are found by walking up rather than by a fixed number of `..`.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`presspipe: no package.json above ${fileURLToPath(from)}; the installation is incomplete`);
    dir = parent;
  }
  return dir;
}
