import type { GrayImage } from './gray-image.js';

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
  /**
   * Angle steps from coarse to fine: each level searches its step across the best angle of the
   * level before, plus or minus that level's step.
   * @defaultValue [0.5, 0.1, 0.02]
   */
  steps?: readonly number[];
  /**
   * Columns of pixels whose ink is shifted together when the page is sheared: wider strips are
   * cheaper, but blur the profile by up to half a strip times the slope.
   * @defaultValue 8
   */
  stripWidth?: number;
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

// Narrow strips merged into one for the coarsest search level.
const COARSE_MERGE = 4;

/** Sums every `merge` adjacent strips of strip-major per-row counts. */
function mergeStrips(counts: Uint32Array, height: number, merge: number): Uint32Array {
  const strips = counts.length / height;
  const merged = new Uint32Array(Math.ceil(strips / merge) * height);
  for (let strip = 0; strip < strips; strip += 1) {
    const from = strip * height;
    const to = ((strip / merge) | 0) * height;
    for (let y = 0; y < height; y += 1) merged[to + y]! += counts[from + y]!;
  }
  return merged;
}

/**
 * Estimates the skew of text lines by projection profiles: sheared onto the right angle, the
 * rows of a text page alternate between dense ink and blank paper, so the sum of squared row
 * counts peaks there. Ink is first counted per row in narrow vertical strips, so shearing moves
 * whole strips (sequential adds) instead of every ink pixel, and the angle is found coarse to
 * fine: about 40 profiles instead of one per 0.02° step across the whole range.
 */
export function estimateSkew(image: GrayImage, search: SkewSearch = {}): SkewEstimate {
  const maxDegrees = search.maxDegrees ?? 5;
  const steps = search.steps ?? [0.5, 0.1, 0.02];
  const stripWidth = search.stripWidth ?? 8;
  const { data, width, height } = image;
  const threshold = otsuThreshold(image);
  const strips = Math.ceil(width / stripWidth);
  // Strip-major: strip s holds its per-row ink counts at [s * height, (s + 1) * height).
  const counts = new Uint32Array(strips * height);
  let inkCount = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * width;
    for (let x = 0; x < width; x += 1) {
      if (data[row + x]! <= threshold) {
        counts[((x / stripWidth) | 0) * height + y]! += 1;
        inkCount += 1;
      }
    }
  }
  const margin = Math.ceil(width * Math.tan(((maxDegrees + (steps[0] ?? 0)) * Math.PI) / 180)) + 1;
  const rows = height + 2 * margin;
  // The coarse level looks for the peak across the whole range, where the blur of strips four
  // times wider (a pixel or two at 5°) does not matter: it is the level with the most angles.
  const coarse = mergeStrips(counts, height, COARSE_MERGE);
  const levels = [
    { counts: coarse, width: stripWidth * COARSE_MERGE },
    { counts, width: stripWidth },
  ];

  const profileAt = (degrees: number, level = levels[1]!): Uint32Array => {
    const profile = new Uint32Array(rows);
    const slope = Math.tan((degrees * Math.PI) / 180);
    const stripCount = level.counts.length / height;
    for (let strip = 0; strip < stripCount; strip += 1) {
      const centre = (strip * level.width + Math.min(width, (strip + 1) * level.width) - 1) / 2;
      // Every index is positive thanks to the margin, so adding 0.5 and truncating rounds.
      const shift = (margin - centre * slope + 0.5) | 0;
      const base = strip * height;
      for (let y = 0; y < height; y += 1) profile[shift + y]! += level.counts[base + y]!;
    }
    return profile;
  };
  const sharpness = (profile: Uint32Array): number => {
    let sum = 0;
    for (let i = 0; i < profile.length; i += 1) sum += profile[i]! * profile[i]!;
    return sum;
  };
  const bestIn = (from: number, to: number, step: number, level: (typeof levels)[number]): number => {
    let best = { degrees: 0, score: -1 };
    for (let i = 0; from + i * step <= to + step / 2; i += 1) {
      const degrees = Math.max(-maxDegrees, Math.min(maxDegrees, from + i * step));
      const score = sharpness(profileAt(degrees, level));
      // Ties go to the angle nearest zero so a blank page is not rotated.
      if (score > best.score || (score === best.score && Math.abs(degrees) < Math.abs(best.degrees))) {
        best = { degrees, score };
      }
    }
    return best.degrees;
  };

  if (inkCount === 0 || maxDegrees <= 0) return { degrees: 0, rowProfile: profileAt(0) };
  let degrees = 0;
  steps.forEach((step, level) => {
    const span = level === 0 ? maxDegrees : steps[level - 1]!;
    const from = level === 0 ? -maxDegrees : degrees - span;
    const to = level === 0 ? maxDegrees : degrees + span;
    degrees = bestIn(from, to, step, levels[level === 0 ? 0 : 1]!);
  });
  degrees = Math.round(degrees * 100) / 100;
  return { degrees, rowProfile: profileAt(degrees) };
}
