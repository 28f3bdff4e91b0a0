import { EmptyInputError, UnreadableEncodingError } from '../errors/input-errors.js';

/**
 * Decodes a plain-text document: UTF-8 (with or without BOM), or UTF-16 with a BOM. Anything else is
 * refused rather than guessed, because a wrong guess silently corrupts Khmer.
 */
export function decodeText(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    throw new UnreadableEncodingError(
      encoding === 'utf-8' ? `bytes that are not valid UTF-8 (first at byte ${at})` : `invalid ${encoding}`,
      { cause },
    );
  }
  if (text.trim().length === 0) throw new EmptyInputError('the text');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix; a cut inside a valid sequence may also fail,
  // so the answer is within three bytes of the real position.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1));
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
