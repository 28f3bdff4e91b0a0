import type { RenderPageOptions } from './pdf-source.js';

/** Units of PDF user space per inch: the default user unit is 1/72 inch. */
export const POINTS_PER_INCH = 72;

/** The highest whole dpi, at most the wanted one, at which a page of this size fits in `maxPixels`. */
export function fittingDpi(widthPt: number, heightPt: number, { dpi, maxPixels }: RenderPageOptions): number {
  const pixelsAt = (d: number) => Math.floor((widthPt * d) / POINTS_PER_INCH) * Math.floor((heightPt * d) / POINTS_PER_INCH);
  let fitted = Math.min(dpi, Math.floor(dpi * Math.sqrt(maxPixels / Math.max(pixelsAt(dpi), 1))));
  while (fitted > 1 && pixelsAt(fitted) > maxPixels) fitted--;
  if (fitted < 1 || pixelsAt(fitted) < 1 || pixelsAt(fitted) > maxPixels) {
    throw new RangeError(`Expected maxPixels to allow at least 1 dpi for a ${widthPt}×${heightPt} pt page, got ${maxPixels}`);
  }
  return fitted;
}
