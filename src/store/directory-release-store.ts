import { randomUUID } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Release } from '../schema/release.js';
import type { ReleaseStore } from './release-store.js';

const RELEASE_ID = /^[0-9a-f]{64}$/;

/**
 * Stores releases as `<dir>/<id>.json`, written to a temporary file and renamed, so a reader never
 * sees half a file and a retried job overwrites cleanly. Ids are checked to be sha256 hashes, so
 * nothing is ever written outside `dir`.
 */
export function directoryReleaseStore(dir: string): ReleaseStore & { pathOf(id: string): string } {
  const pathOf = (id: string) => {
    if (!RELEASE_ID.test(id)) throw new TypeError(`Expected a release id of 64 hex digits, got \`${id}\``);
    return join(dir, `${id}.json`);
  };
  return {
    pathOf,
    async has(id) {
      return access(pathOf(id)).then(
        () => true,
        () => false,
      );
    },
    async put(release: Release) {
      const target = pathOf(release.id);
      await mkdir(dir, { recursive: true });
      const temporary = join(dir, `.${release.id}.${randomUUID()}.tmp`);
      try {
        await writeFile(temporary, `${JSON.stringify(release, null, 2)}\n`);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      return target;
    },
  };
}
