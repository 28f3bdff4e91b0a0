import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeGrayImage, grayFromRgba } from './gray-image.js';
import { padGray } from './pad-gray.js';
import { encodePortableGraymap } from './portable-graymap.js';

/** A 4 × 2 RGBA picture: red, green, blue, white / black, mid gray, transparent, half-transparent black. */
const rgba = new Uint8Array([
  255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255,
  0, 0, 0, 255, 128, 128, 128, 255, 0, 0, 0, 0, 0, 0, 0, 128,
]);

describe('gray images', () => {
  it('decodes an RGBA PNG to one gray byte per pixel, with transparency as white paper', async () => {
    const png = await sharp(Buffer.from(rgba), { raw: { width: 4, height: 2, channels: 4 } }).png().toBuffer();
    const decoded = await decodeGrayImage(png);
    expect(decoded).toMatchObject({ width: 4, height: 2 });
    expect([...decoded.data.subarray(3)]).toEqual([255, 0, 128, 255, 127]);
    for (const colour of decoded.data.subarray(0, 3)) expect(colour).toBeLessThan(250);
  });

  it('converts canvas RGBA to gray the same way for gray and transparent pixels', () => {
    const converted = grayFromRgba(rgba, 4, 2);
    expect([...converted.data.subarray(3)]).toEqual([255, 0, 128, 255, 127]);
    expect([...converted.data.subarray(0, 3)]).toEqual([76, 150, 29]);
  });

  it('refuses RGBA bytes that do not match the size', () => {
    expect(() => grayFromRgba(rgba, 4, 3)).toThrow(RangeError);
  });

  // That tesseract reads these files is checked in src/ocr/tesseract-engine.test.ts (sharp has no PGM reader).
  it('writes a binary PGM: header, then the pixels as they are', () => {
    const image = { data: new Uint8Array([0, 50, 100, 150, 200, 250]), width: 3, height: 2 };
    const pgm = encodePortableGraymap(image);
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([...image.data]);
  });

  it('pads with white paper around the pixels', () => {
    const padded = padGray({ data: new Uint8Array([1, 2, 3, 4]), width: 2, height: 2 }, 1, 2);
    expect(padded).toMatchObject({ width: 4, height: 6 });
    expect([...padded.data.subarray(8, 16)]).toEqual([255, 1, 2, 255, 255, 3, 4, 255]);
    expect(padded.data.filter((value) => value === 255)).toHaveLength(20);
    expect(() => padGray(padded, -1, 0)).toThrow(RangeError);
  });
});
