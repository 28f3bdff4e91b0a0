import { describe, expect, it } from 'vitest';
import { fittingDpi } from './render-resolution.js';

const A4 = { width: 595.28, height: 841.89 };

describe('fittingDpi', () => {
  it('keeps the wanted dpi when the page fits', () => {
    expect(fittingDpi(A4.width, A4.height, { dpi: 300, maxPixels: 10_000_000 })).toBe(300);
  });

  it('lowers the dpi to the highest that fits the pixel budget', () => {
    const dpi = fittingDpi(A4.width, A4.height, { dpi: 300, maxPixels: 4_000_000 });
    const pixels = (d: number) => Math.floor((A4.width * d) / 72) * Math.floor((A4.height * d) / 72);
    expect(pixels(dpi)).toBeLessThanOrEqual(4_000_000);
    expect(pixels(dpi + 1)).toBeGreaterThan(4_000_000);
  });

  it('refuses a budget too small for any image', () => {
    expect(() => fittingDpi(A4.width, A4.height, { dpi: 300, maxPixels: 10 })).toThrow(RangeError);
  });
});
