import type { Release } from '../schema/release.js';

/**
 * Where finished releases go. The use case asks `has` before extracting (so a re-run skips what is
 * stored) and calls `put` once the release is valid; an index can wrap a store to hear of each one.
 */
export interface ReleaseStore {
  /** True when a release with this id (the sha256 of its input) is stored. */
  has(id: string): Promise<boolean>;
  /** Stores a release atomically and resolves to where it went (a path, or a label). */
  put(release: Release): Promise<string>;
}
