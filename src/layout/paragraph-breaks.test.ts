import { describe, expect, it } from 'vitest';
import { paragraphBreaks } from './paragraph-breaks.js';

const at = (baseline: number, height: number) => ({ baseline, height });

describe('paragraphBreaks', () => {
  it('breaks where the baseline gap widens beyond the usual gap nearby', () => {
    expect(paragraphBreaks([at(0, 40), at(54, 40), at(108, 40), at(216, 40), at(270, 40)])).toEqual([false, false, true, false]);
  });

  it('breaks around lines that overlap, as marks read from a logo do, and does not judge others by them', () => {
    expect(paragraphBreaks([at(300, 41), at(318, 41), at(372, 41), at(426, 41)])).toEqual([true, false, false]);
    expect(paragraphBreaks([at(300, 41), at(250, 41)])).toEqual([true]);
  });

  it('breaks at a change of line height unless the caller allows more change', () => {
    const lines = [at(0, 62), at(110, 62), at(219, 52), at(329, 60)];
    expect(paragraphBreaks(lines)).toEqual([false, true, false]);
    expect(paragraphBreaks(lines, { heightChange: 0.25 })).toEqual([false, false, false]);
  });
});
