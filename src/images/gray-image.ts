import sharp from 'sharp';

/** A grayscale raster, one byte per pixel (0 black, 255 white), row after row. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The gray level of blank paper, brought in wherever an image grows or turns. */
export const PAPER = 255;

/** Which page of the file to decode, and how large it may be. */
export interface GrayDecodeOptions {
  /** @defaultValue 0 */
  page?: number;
  /** @defaultValue no limit (the caller checked the header) */
  maxPixels?: number;
}

/**
 * Decodes a PNG, JPEG or TIFF into 8-bit grayscale once, so skew estimation and OCR reuse the
 * same pixels: transparency is laid on white paper, EXIF orientation applied.
 */
export async function decodeGrayImage(bytes: Uint8Array, options: GrayDecodeOptions = {}): Promise<GrayImage> {
  const { data, info } = await sharp(bytes, { page: options.page ?? 0, limitInputPixels: options.maxPixels ?? false })
    .autoOrient()
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new TypeError(`Expected 1 gray channel after decoding, got ${info.channels}`);
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/**
 * Converts canvas RGBA pixels (e.g. a pdf.js render) to gray with Rec. 601 luma weights, without
 * the PNG encode and decode a canvas round trip would cost. Gray pixels keep their value; colours
 * come out a little darker than sharp's colourimetric `b-w`, which does not matter for black text.
 */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`Expected ${width * height * 4} RGBA bytes for ${width} × ${height} pixels, got ${rgba.length}`);
  }
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i += 1, j += 4) {
    // 0.299, 0.587 and 0.114 in 16-bit fixed point, rounded to the nearest level.
    const luma = (19595 * rgba[j]! + 38470 * rgba[j + 1]! + 7471 * rgba[j + 2]! + 32768) >>> 16;
    const alpha = rgba[j + 3]!;
    // Canvas pixels are not premultiplied here; what is transparent shows the white paper.
    data[i] = alpha === 255 ? luma : Math.round((luma * alpha + 255 * (255 - alpha)) / 255);
  }
  return { data, width, height };
}
