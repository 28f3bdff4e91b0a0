import sharp, { type Metadata } from 'sharp';
import { CorruptImageError, InputTooLargeError, UnsupportedMediaTypeError } from '../errors/input-errors.js';
import { decodeGrayImage, type GrayImage } from './gray-image.js';

/** One page of an image file as gray pixels, ready for OCR without a PNG in between. */
export interface GrayImagePage {
  gray: GrayImage;
  /** From the file's resolution tag, else 300 (a common scanner setting). */
  dpi: number;
}

/** Limits checked against the image headers before any pixel is decoded. */
export interface ImageLimits {
  /** Largest width × height of one page. */
  maxPixels: number;
  maxPages: number;
}

// The image types src/load/sniff-media-type.ts lets through; anything else is refused unread.
const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/tiff'] as const;

// Scanners write the resolution they scanned at; an image without one is most likely a scan
// or a render at the resolution tesseract is tuned for.
const DEFAULT_DPI = 300;
// Tools write 0 or 1 when they know no resolution; only such absurd values are ignored.
const PLAUSIBLE_DPI = { min: 50, max: 2400 } as const;

/**
 * Splits a PNG, JPEG or (multi-page) TIFF into pages of 8-bit gray pixels, ready for OCR without a
 * PNG in between. Page count and pixel count are read from the headers first, so a decompression
 * bomb fails with `InputTooLargeError` before its pixels are decoded; bytes that are not a
 * readable image fail with `CorruptImageError`.
 */
export async function decodeGrayImagePages(bytes: Uint8Array, mediaType: string, limits: ImageLimits): Promise<GrayImagePage[]> {
  if (!(IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)) throw new UnsupportedMediaTypeError(mediaType);
  const first = await readMetadata(bytes, 0);
  const pageCount = first.pages ?? 1;
  if (pageCount > limits.maxPages) throw new InputTooLargeError('pages', pageCount, limits.maxPages);

  const pages: GrayImagePage[] = [];
  for (let page = 0; page < pageCount; page += 1) {
    const metadata = page === 0 ? first : await readMetadata(bytes, page);
    // For multi-page files sharp reports the first page's size unless asked for one page.
    const height = metadata.pageHeight ?? metadata.height;
    const pixels = metadata.width * height;
    if (pixels > limits.maxPixels) throw new InputTooLargeError('pixels', pixels, limits.maxPixels);
    try {
      pages.push({ gray: await decodeGrayImage(bytes, { page, maxPixels: limits.maxPixels }), dpi: resolutionOf(metadata) });
    } catch (error) {
      throw corruptImage(error);
    }
  }
  return pages;
}

function resolutionOf(metadata: Metadata): number {
  return metadata.density !== undefined && metadata.density >= PLAUSIBLE_DPI.min && metadata.density <= PLAUSIBLE_DPI.max
    ? metadata.density
    : DEFAULT_DPI;
}

async function readMetadata(bytes: Uint8Array, page: number): Promise<Metadata> {
  try {
    return await sharp(bytes, { page, limitInputPixels: false }).metadata();
  } catch (error) {
    throw corruptImage(error);
  }
}

function corruptImage(error: unknown): CorruptImageError {
  return new CorruptImageError(error instanceof Error ? error.message : String(error), { cause: error });
}
