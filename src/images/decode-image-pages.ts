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
  /**
   * Largest sum of width × height over all pages.
   * @defaultValue `maxPixels × 10`
   */
  maxTotalPixels?: number;
}

/** The pages of an image file, checked against the limits and decoded one at a time on demand. */
export interface ImagePages {
  count: number;
  decode(page: number): Promise<GrayImagePage>;
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
 * PNG in between (all at once: for one-page images and tests; the pipeline uses `openImagePages`).
 * Page count and pixel counts are read from the headers first, so a decompression bomb fails with
 * `InputTooLargeError` before its pixels are decoded; bytes that are not a readable image fail
 * with `CorruptImageError`.
 */
export async function decodeGrayImagePages(bytes: Uint8Array, mediaType: string, limits: ImageLimits): Promise<GrayImagePage[]> {
  const pages = await openImagePages(bytes, mediaType, limits);
  const decoded: GrayImagePage[] = [];
  for (let page = 0; page < pages.count; page += 1) decoded.push(await pages.decode(page));
  return decoded;
}

/**
 * Reads every page's header (no pixels) and checks the page count, each page's pixels and the sum
 * over all pages, then hands out pages to decode one at a time: a many-frame TIFF costs the memory
 * of the frames in flight, not of all its frames.
 */
export async function openImagePages(bytes: Uint8Array, mediaType: string, limits: ImageLimits): Promise<ImagePages> {
  if (!(IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)) throw new UnsupportedMediaTypeError(mediaType);
  const first = await readMetadata(bytes, 0);
  const pageCount = first.pages ?? 1;
  if (pageCount > limits.maxPages) throw new InputTooLargeError('pages', pageCount, limits.maxPages);

  const maxTotalPixels = limits.maxTotalPixels ?? limits.maxPixels * 10;
  const metadata: Metadata[] = [];
  let totalPixels = 0;
  for (let page = 0; page < pageCount; page += 1) {
    const header = page === 0 ? first : await readMetadata(bytes, page);
    // For multi-page files sharp reports the first page's size unless asked for one page.
    const pixels = header.width * (header.pageHeight ?? header.height);
    if (pixels > limits.maxPixels) throw new InputTooLargeError('pixels', pixels, limits.maxPixels);
    totalPixels += pixels;
    if (totalPixels > maxTotalPixels) throw new InputTooLargeError('pixels in all pages', totalPixels, maxTotalPixels);
    metadata.push(header);
  }
  return {
    count: pageCount,
    async decode(page) {
      try {
        return { gray: await decodeGrayImage(bytes, { page, maxPixels: limits.maxPixels }), dpi: resolutionOf(metadata[page]!) };
      } catch (error) {
        throw corruptImage(error);
      }
    },
  };
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
