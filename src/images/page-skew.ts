/** A grayscale raster, one byte per pixel, row after row. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** The skew of a page's text lines and the ink profile of the page once straightened. */
export interface SkewEstimate {
  /** Angle of the text lines, degrees clockwise (rotate by minus this to straighten). */
  degrees: number;
  /** Ink pixels per row of the straightened page (rows may run past the image edges). */
  rowProfile: Uint32Array;
}

/** How far and how finely to search for the skew angle. */
export interface SkewSearch {
  /** @defaultValue 5 */
  maxDegrees?: number;
  /** @defaultValue 0.25 */
  coarseStep?: number;
  /** @defaultValue 0.02 */
  fineStep?: number;
}

/** Otsu's threshold: the gray level that best splits the histogram into ink and paper. */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  const data = image.data;
  const total = data.length;
  for (let i = 0; i < total; i += 1) histogram[data[i]!]! += 1;
  let sumAll = 0;
  for (let level = 0; level < 256; level += 1) sumAll += level * histogram[level]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let threshold = 128;
  for (let level = 0; level < 256; level += 1) {
    countBelow += histogram[level]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += level * histogram[level]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const between = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (between > best) {
      best = between;
      threshold = level;
    }
  }
  return threshold;
}

/**
 * Estimates the skew of text lines by projection profiles: sheared onto the right angle, the
 * rows of a text page alternate between dense ink and blank paper, so the sum of squared row
 * counts peaks there. Cheap enough for every page on a downscaled copy.
 */
export function estimateSkew(image: GrayImage, search: SkewSearch = {}): SkewEstimate {
  const maxDegrees = search.maxDegrees ?? 5;
  const coarseStep = search.coarseStep ?? 0.25;
  const fineStep = search.fineStep ?? 0.02;
  const threshold = otsuThreshold(image);
  const data = image.data;
  let inkCount = 0;
  for (let i = 0; i < data.length; i += 1) if (data[i]! <= threshold) inkCount += 1;
  const inkX = new Int32Array(inkCount);
  const inkY = new Int32Array(inkCount);
  let next = 0;
  for (let y = 0; y < image.height; y += 1) {
    const row = y * image.width;
    for (let x = 0; x < image.width; x += 1) {
      if (data[row + x]! <= threshold) {
        inkX[next] = x;
        inkY[next] = y;
        next += 1;
      }
    }
  }
  const margin = Math.ceil(image.width * Math.tan(((maxDegrees + coarseStep) * Math.PI) / 180)) + 1;
  const rows = image.height + 2 * margin;

  const profileAt = (degrees: number): Uint32Array => {
    const profile = new Uint32Array(rows);
    const slope = Math.tan((degrees * Math.PI) / 180);
    // Adding 0.5 and truncating rounds: every index is positive thanks to the margin.
    const offset = margin + 0.5;
    for (let i = 0; i < inkCount; i += 1) profile[(inkY[i]! - inkX[i]! * slope + offset) | 0]! += 1;
    return profile;
  };
  const sharpness = (profile: Uint32Array): number => {
    let sum = 0;
    for (const count of profile) sum += count * count;
    return sum;
  };
  const bestIn = (from: number, to: number, step: number): { degrees: number; score: number } => {
    let best = { degrees: 0, score: -1 };
    for (let degrees = from; degrees <= to + step / 2; degrees += step) {
      const score = sharpness(profileAt(degrees));
      // Ties go to the angle nearest zero so a blank page is not rotated.
      if (score > best.score || (score === best.score && Math.abs(degrees) < Math.abs(best.degrees))) {
        best = { degrees, score };
      }
    }
    return best;
  };

  if (inkCount === 0 || maxDegrees <= 0) return { degrees: 0, rowProfile: profileAt(0) };
  const coarse = bestIn(-maxDegrees, maxDegrees, coarseStep);
  const fine = bestIn(coarse.degrees - coarseStep, coarse.degrees + coarseStep, fineStep);
  const degrees = Math.round(fine.degrees * 100) / 100;
  return { degrees, rowProfile: profileAt(degrees) };
}
