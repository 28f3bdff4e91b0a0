import { describe, expect, it } from 'vitest';
import { measureGlyphCoverage } from './glyph-coverage.js';

describe('measureGlyphCoverage', () => {
  it('counts characters without whitespace', () => {
    expect(measureGlyphCoverage(['ក្រសួង UNDP', ' \n'])).toEqual({ glyphCount: 10, unmappedGlyphCount: 0 });
  });

  it('counts replacement, private-use and control characters as unmapped', () => {
    expect(measureGlyphCoverage(['a\uFFFD', '\uE012\u0006b'])).toEqual({ glyphCount: 5, unmappedGlyphCount: 3 });
  });
});
