import { createHash } from 'node:crypto';
import { InputTooLargeError } from '../errors/input-errors.js';
import { openDocumentFile } from './read-document-file.js';

/** What hashing found: the content hash and size of a regular file. */
export interface HashedFile {
  sha256: string;
  bytes: number;
}

const CHUNK = 1024 * 1024;

/**
 * Hashes a document file in 1 MiB chunks, with the same checks as `readDocumentFile` (regular
 * file, size by `fstat` first), so an import can collapse identical files and skip stored ones
 * without holding any file in memory.
 */
export async function hashDocumentFile(path: string, maxBytes: number): Promise<HashedFile> {
  const { handle } = await openDocumentFile(path, maxBytes);
  try {
    const hash = createHash('sha256');
    const chunk = Buffer.alloc(CHUNK);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new InputTooLargeError('bytes', total, maxBytes);
      hash.update(chunk.subarray(0, bytesRead));
    }
    return { sha256: hash.digest('hex'), bytes: total };
  } finally {
    await handle.close();
  }
}
