/**
 * Counts bands of inked rows in a row profile: roughly the text lines a reader sees. Khmer
 * stacks vowels and subscript consonants above and below the base line, which leave thin
 * gaps inside one line, so gaps much shorter than a line are closed; specks, rules and
 * stray marks much thinner than a line are not counted.
 */
export function countInkBands(rowProfile: ArrayLike<number>): number {
  let peak = 0;
  for (let i = 0; i < rowProfile.length; i += 1) peak = Math.max(peak, rowProfile[i]!);
  if (peak === 0) return 0;
  // A row counts as inked when it holds a few percent of the densest row's ink: scan noise
  // and the tails of descenders stay below that.
  const inked = Math.max(1, peak * 0.03);

  const runs: { start: number; end: number }[] = [];
  for (let row = 0; row < rowProfile.length; row += 1) {
    if (rowProfile[row]! < inked) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === row) last.end = row + 1;
    else runs.push({ start: row, end: row + 1 });
  }
  const typical = typicalHeight(runs);
  // Specks and descender tails first, or they would bridge the gap between two lines.
  const solid = runs.filter((run) => run.end - run.start >= typical * 0.2);
  const merged: { start: number; end: number }[] = [];
  for (const run of solid) {
    const last = merged[merged.length - 1];
    const smaller = last ? Math.min(last.end - last.start, run.end - run.start) : 0;
    // Relative to the smaller part: English lines sit closer together than Khmer lines are tall.
    if (last && run.start - last.end < smaller * 0.3) last.end = run.end;
    else merged.push({ ...run });
  }
  const lineHeight = typicalHeight(merged);
  return merged.filter((band) => band.end - band.start >= lineHeight * 0.35).length;
}

/** Height at the upper quartile of the runs: fragments are many and short, lines few and tall. */
function typicalHeight(runs: { start: number; end: number }[]): number {
  const heights = runs.map((run) => run.end - run.start).sort((a, b) => b - a);
  if (heights.length === 0) return 0;
  return heights[Math.floor((heights.length - 1) / 4)]!;
}
