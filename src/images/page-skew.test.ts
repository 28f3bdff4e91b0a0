import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskewImage } from './deskew-image.js';
import { countInkBands } from './ink-bands.js';
import { estimateSkew, otsuThreshold } from './page-skew.js';

const khmerCrop = readFileSync(new URL('../ocr/test-data/crop-khm-para1-scan.png', import.meta.url));

async function skewOf(png: Uint8Array): Promise<number> {
  const { data, info } = await sharp(png).greyscale().resize({ width: 1000 }).raw().toBuffer({ resolveWithObject: true });
  return estimateSkew({ data, width: info.width, height: info.height }).degrees;
}

const rotated = (png: Uint8Array, degrees: number): Promise<Buffer> =>
  sharp(png).rotate(degrees, { background: '#ffffff' }).png().toBuffer();

describe('estimateSkew', () => {
  it('measures a 2° clockwise rotation of a scanned Khmer paragraph within 0.3°', async () => {
    const base = await skewOf(khmerCrop);
    expect(Math.abs((await skewOf(await rotated(khmerCrop, 2))) - base - 2)).toBeLessThan(0.3);
    expect(Math.abs((await skewOf(await rotated(khmerCrop, -1.5))) - base + 1.5)).toBeLessThan(0.3);
  });

  it('finds no skew on a blank page', () => {
    const blank = { data: new Uint8Array(100 * 50).fill(255), width: 100, height: 50 };
    expect(estimateSkew(blank).degrees).toBe(0);
  });

  it('splits ink from paper between their gray levels', () => {
    const data = new Uint8Array(100).fill(240);
    data.fill(20, 0, 30);
    expect(otsuThreshold({ data, width: 10, height: 10 })).toBeGreaterThanOrEqual(20);
    expect(otsuThreshold({ data, width: 10, height: 10 })).toBeLessThan(240);
  });
});

describe('deskewImage', () => {
  it('straightens a page rotated by 3°', async () => {
    const straight = await deskewImage(await rotated(khmerCrop, 3));
    expect(straight.skewDegrees).toBeGreaterThan(3);
    expect(Math.abs(await skewOf(straight.png))).toBeLessThan(0.3);
  });

  it('leaves a page with a small skew untouched and counts its three lines', async () => {
    const result = await deskewImage(khmerCrop);
    expect(result.png).toBe(khmerCrop);
    expect(result.skewDegrees).toBe(0);
    expect(result.inkBands).toBe(3);
  });
});

describe('countInkBands', () => {
  it('joins the thin gap above Khmer subscripts, keeps close English lines apart and ignores specks', () => {
    const rows = (count: number, ink: number) => new Array<number>(count).fill(ink);
    const khmerLine = [...rows(20, 50), 0, ...rows(5, 15)];
    const englishLine = rows(12, 40);
    const profile = [
      ...rows(10, 0), ...khmerLine, ...rows(12, 0), ...khmerLine, ...rows(6, 0), 3, ...rows(6, 0),
      ...englishLine, ...rows(5, 0), ...englishLine, ...rows(5, 0), ...englishLine, ...rows(10, 0),
    ];
    expect(countInkBands(profile)).toBe(5);
  });

  it('finds nothing on an empty profile', () => {
    expect(countInkBands(new Uint32Array(20))).toBe(0);
  });
});
