import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { FileUnreadableError, InputTooLargeError, NotRegularFileError } from '../errors/input-errors.js';

/**
 * Reads a document file with bounded work: opened without blocking (a FIFO would wait forever for
 * a writer), refused unless `fstat` says it is a regular file (a symlink to `/dev/zero` is a
 * device), and its size checked before a byte is read. A file that grows while being read is cut
 * at `maxBytes + 1` and refused.
 */
export async function readDocumentFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const { handle, size } = await openDocumentFile(path, maxBytes);
  try {
    const buffer = Buffer.alloc(Math.min(size + 1, maxBytes + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) throw new InputTooLargeError('bytes', filled, maxBytes);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a document file for reading without blocking and checks it by `fstat` (the file opened,
 * not the name, which could be swapped): a regular file of at most `maxBytes`.
 */
export async function openDocumentFile(path: string, maxBytes: number): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EISDIR') throw new NotRegularFileError(path, 'a directory');
    throw new FileUnreadableError(path, cause);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(path, fileKind(stat));
    if (stat.size > maxBytes) throw new InputTooLargeError('bytes', stat.size, maxBytes);
    return { handle, size: stat.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function fileKind(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'something that is not a file';
}
