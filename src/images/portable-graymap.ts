import type { GrayImage } from './gray-image.js';

/**
 * Encodes gray pixels as a binary PGM (P5) file: a short header and the bytes as they are.
 * Tesseract.js reads it about 0.7 s faster than a PNG of a 200 dpi page (leptonica's PNG reader
 * is slow in WebAssembly, compressed or not), and writing it costs one copy.
 */
export function encodePortableGraymap(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const file = new Uint8Array(header.length + image.data.length);
  file.set(header, 0);
  file.set(image.data, header.length);
  return file;
}
