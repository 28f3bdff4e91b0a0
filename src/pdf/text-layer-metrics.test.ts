import { describe, expect, it } from 'vitest';
import { scoreKhmerText } from './text-layer-metrics.js';

describe('scoreKhmerText', () => {
  it('ignores whitespace, line breaks and non-Khmer text', () => {
    expect(scoreKhmerText('ក្រសួង\nមុខងារ UNDP', 'ក្រសួងមុខងារ (UNDP)')).toEqual({ cer: 0, truthChars: 12, spuriousSpaces: 0 });
  });

  it('counts edits over the Khmer characters', () => {
    // One substitution (ង → ន) and one deletion (ួ) over 6 characters.
    expect(scoreKhmerText('ក្រសន', 'ក្រសួង').cer).toBeCloseTo(2 / 6);
  });

  it('counts spaces inside Khmer that the truth lacks, not the ones it has', () => {
    const score = scoreKhmerText('ឌី ជីថល និង អ្វ ី', 'ឌីជីថល និង អ្វី');
    expect(score.spuriousSpaces).toBe(2);
  });
});
