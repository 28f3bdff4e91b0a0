import { PAPER, type GrayImage } from './gray-image.js';

/** Surrounds gray pixels with `x` columns of white paper left and right and `y` rows above and below. */
export function padGray(image: GrayImage, x: number, y: number): GrayImage {
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0) {
    throw new RangeError(`Expected whole, non-negative padding, got x ${x} and y ${y}`);
  }
  const width = image.width + 2 * x;
  const height = image.height + 2 * y;
  const data = new Uint8Array(width * height).fill(PAPER);
  for (let row = 0; row < image.height; row += 1) {
    data.set(image.data.subarray(row * image.width, (row + 1) * image.width), (row + y) * width + x);
  }
  return { data, width, height };
}
