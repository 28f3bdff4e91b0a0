import sharp, { type Metadata } from 'sharp';
import { CorruptImageError, InputTooLargeError, UnsupportedMediaTypeError } from '../errors/input-errors.js';

/** One page of an image file, ready for OCR. */
export interface DecodedImagePage {
  /** PNG bytes (the input itself for a single-page PNG). */
  png: Uint8Array;
  /** From the file's resolution tag, else 300 (a common scanner setting). */
  dpi: number;
  width: number;
  height: number;
}

/** Limits checked against the image headers before any pixel is decoded. */
export interface ImageLimits {
  /** Largest width × height of one page. */
  maxPixels: number;
  maxPages: number;
}

/** Image media types presspipe decodes. */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/tiff'] as const;

// Scanners write the resolution they scanned at; an image without one is most likely a scan
// or a render at the resolution tesseract is tuned for.
const DEFAULT_DPI = 300;
// Tools write 0 or 1 when they know no resolution; only such absurd values are ignored.
const PLAUSIBLE_DPI = { min: 50, max: 2400 } as const;

/**
 * Splits a PNG, JPEG or (multi-page) TIFF into page images. Page count and pixel count are read
 * from the headers first, so a decompression bomb fails with `InputTooLargeError` before its
 * pixels are decoded; bytes that are not a readable image fail with `CorruptImageError`.
 */
export async function decodeImagePages(bytes: Uint8Array, mediaType: string, limits: ImageLimits): Promise<DecodedImagePage[]> {
  if (!(IMAGE_MEDIA_TYPES as readonly string[]).includes(mediaType)) throw new UnsupportedMediaTypeError(mediaType);
  const first = await readMetadata(bytes, 0);
  const pageCount = first.pages ?? 1;
  if (pageCount > limits.maxPages) throw new InputTooLargeError('pages', pageCount, limits.maxPages);

  const pages: DecodedImagePage[] = [];
  for (let page = 0; page < pageCount; page += 1) {
    const metadata = page === 0 ? first : await readMetadata(bytes, page);
    // For multi-page files sharp reports the first page's size unless asked for one page.
    const height = metadata.pageHeight ?? metadata.height;
    const pixels = metadata.width * height;
    if (pixels > limits.maxPixels) throw new InputTooLargeError('pixels', pixels, limits.maxPixels);
    pages.push(await decodePage(bytes, page, pageCount, metadata, limits.maxPixels));
  }
  return pages;
}

async function readMetadata(bytes: Uint8Array, page: number): Promise<Metadata> {
  try {
    return await sharp(bytes, { page, limitInputPixels: false }).metadata();
  } catch (error) {
    throw new CorruptImageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

async function decodePage(bytes: Uint8Array, page: number, pageCount: number, metadata: Metadata, maxPixels: number): Promise<DecodedImagePage> {
  const dpi =
    metadata.density !== undefined && metadata.density >= PLAUSIBLE_DPI.min && metadata.density <= PLAUSIBLE_DPI.max
      ? metadata.density
      : DEFAULT_DPI;
  const upright = (metadata.orientation ?? 1) === 1;
  if (metadata.format === 'png' && pageCount === 1 && upright) {
    return { png: bytes, dpi, width: metadata.width, height: metadata.height };
  }
  try {
    // autoOrient: phone photos of a page are stored sideways with an EXIF orientation tag.
    const { data, info } = await sharp(bytes, { page, limitInputPixels: maxPixels })
      .autoOrient()
      .png({ compressionLevel: 1 })
      .toBuffer({ resolveWithObject: true });
    return { png: new Uint8Array(data), dpi, width: info.width, height: info.height };
  } catch (error) {
    throw new CorruptImageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}
