import { describe, expect, it } from 'vitest';
import type { GrayImage } from './gray-image.js';
import { rotateGray } from './rotate-gray.js';

/** A white 401 × 401 image with a 5 × 5 black square centred `dx` pixels right of the centre. */
function squareRightOfCentre(dx: number): GrayImage {
  const size = 401;
  const data = new Uint8Array(size * size).fill(255);
  for (let y = 198; y <= 202; y += 1) for (let x = 198 + dx; x <= 202 + dx; x += 1) data[y * size + x] = 0;
  return { data, width: size, height: size };
}

function inkCentre(image: GrayImage): { x: number; y: number } {
  let weight = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < image.data.length; i += 1) {
    const ink = 255 - image.data[i]!;
    weight += ink;
    x += ink * (i % image.width);
    y += ink * Math.floor(i / image.width);
  }
  return { x: x / weight, y: y / weight };
}

describe('rotateGray', () => {
  it('turns counter-clockwise for positive degrees, about the centre, keeping the ink', () => {
    const image = squareRightOfCentre(100);
    const turned = rotateGray(image, 10);
    const centre = inkCentre(turned);
    // On screen (y down) a counter-clockwise turn lifts a point right of the centre.
    expect(centre.x).toBeCloseTo(200 + 100 * Math.cos(Math.PI / 18), 0);
    expect(centre.y).toBeCloseTo(200 - 100 * Math.sin(Math.PI / 18), 0);
    const ink = (img: GrayImage) => img.data.reduce((sum, value) => sum + (255 - value), 0);
    expect(Math.abs(ink(turned) / ink(image) - 1)).toBeLessThan(0.05);
    expect(turned).toMatchObject({ width: 401, height: 401 });
  });

  it('brings in white paper where the turned image has no source pixels', () => {
    const black = { data: new Uint8Array(100 * 100), width: 100, height: 100 };
    const turned = rotateGray(black, 30);
    expect(turned.data[0]).toBe(255);
    expect(turned.data[50 * 100 + 50]).toBe(0);
  });
});
