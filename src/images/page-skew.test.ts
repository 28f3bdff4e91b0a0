import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deskewImage } from './deskew-image.js';
import { decodeGrayImage, type GrayImage } from './gray-image.js';
import { countInkBands } from './ink-bands.js';
import { estimateSkew, otsuThreshold } from './page-skew.js';

const khmerCrop = readFileSync(new URL('../ocr/test-data/crop-khm-para1-scan.png', import.meta.url));

async function analysisCopy(png: Uint8Array): Promise<GrayImage> {
  const { data, info } = await sharp(png).greyscale().resize({ width: 1000 }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function skewOf(png: Uint8Array): Promise<number> {
  return estimateSkew(await analysisCopy(png)).degrees;
}

const inkPixels = (image: GrayImage): number => image.data.filter((value) => value < 128).length;

const rotated = (png: Uint8Array, degrees: number): Promise<Buffer> =>
  sharp(png).rotate(degrees, { background: '#ffffff' }).png().toBuffer();

describe('estimateSkew', () => {
  it('measures a 2° clockwise rotation of a scanned Khmer paragraph within 0.3°', async () => {
    const base = await skewOf(khmerCrop);
    expect(Math.abs((await skewOf(await rotated(khmerCrop, 2))) - base - 2)).toBeLessThan(0.3);
    expect(Math.abs((await skewOf(await rotated(khmerCrop, -1.5))) - base + 1.5)).toBeLessThan(0.3);
  });

  it('finds the same angle coarse to fine as an exhaustive 0.02° search, within 0.3° of the rotation', async () => {
    const base = await skewOf(khmerCrop);
    for (const degrees of [-4.2, -2.6, 1.3, 3.7]) {
      const image = await analysisCopy(await rotated(khmerCrop, degrees));
      const coarseToFine = estimateSkew(image).degrees;
      const exhaustive = estimateSkew(image, { steps: [0.02], stripWidth: 1 }).degrees;
      expect(Math.abs(coarseToFine - base - degrees)).toBeLessThan(0.3);
      expect(Math.abs(coarseToFine - exhaustive)).toBeLessThanOrEqual(0.1);
    }
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
  it('straightens a page rotated by 3° on a canvas grown so no ink is cut off', async () => {
    const skewed = await decodeGrayImage(await rotated(khmerCrop, 3));
    const result = await deskewImage(skewed);
    expect(Math.abs(result.skewDegrees - (await skewOf(khmerCrop)) - 3)).toBeLessThan(0.3);
    const sin = Math.sin((result.skewDegrees * Math.PI) / 180);
    expect(result.image.width).toBe(skewed.width + 2 * Math.ceil((skewed.height * sin) / 2));
    expect(result.image.height).toBe(skewed.height + 2 * Math.ceil((skewed.width * sin) / 2));
    expect(Math.abs(estimateSkew(result.image).degrees)).toBeLessThan(0.3);
    // Interpolation changes the ink's edges a little, never whole glyphs.
    expect(Math.abs(inkPixels(result.image) / inkPixels(skewed) - 1)).toBeLessThan(0.03);
    expect(result.inkBands).toBe(3);
  });

  it('leaves a page whose skew is below minDegrees untouched and counts its three lines', async () => {
    const gray = await decodeGrayImage(khmerCrop);
    // The crop is skewed 0.8°.
    const result = await deskewImage(gray, { minDegrees: 1 });
    expect(result.image).toBe(gray);
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
