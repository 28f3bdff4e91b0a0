import { readFileSync } from 'node:fs';

/** The installed version of an npm package, printed with every figure the bench reports. */
export function packageVersion(pkg: string): string {
  return JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;
}
