/** How much of a page's text layer maps to real Unicode. */
export interface GlyphCoverage {
  glyphCount: number;
  unmappedGlyphCount: number;
}

// What pdf.js yields for a glyph its font does not map to Unicode: U+FFFD, the raw character code
// as a C0/C1 control character, or a private-use code point (symbol fonts, broken ToUnicode maps).
const UNMAPPED = /[\uFFFD\p{Co}\p{Cc}]/u;

/** Counts the non-whitespace characters of text-layer runs and those of them that are unmapped. */
export function measureGlyphCoverage(runs: Iterable<string>): GlyphCoverage {
  let glyphCount = 0;
  let unmappedGlyphCount = 0;
  for (const run of runs) {
    for (const char of run) {
      if (/\s/u.test(char)) continue;
      glyphCount++;
      if (UNMAPPED.test(char)) unmappedGlyphCount++;
    }
  }
  return { glyphCount, unmappedGlyphCount };
}
