import { describe, expect, it } from 'vitest';
import type { Span } from './field-types.js';
import { SpanIndex } from './span-index.js';

// A fixed pseudo-random sequence, so a failure can be replayed.
function randomSpans(count: number, seed: number): Span[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: count }, () => {
    const start = next(5_000);
    return { start, end: start + next(600) };
  });
}

describe('SpanIndex', () => {
  it('answers as a scan of every span would, in the order the spans were added', () => {
    const spans = randomSpans(400, 7);
    const index = new SpanIndex(spans.slice(0, 300));
    for (const span of spans.slice(300)) index.add(span);
    const removed = new Set(spans.filter((_, i) => i % 7 === 0));
    for (const span of removed) index.delete(span);
    const alive = spans.filter((s) => !removed.has(s));

    expect(index.all()).toEqual(alive);
    for (const query of randomSpans(300, 11)) {
      const overlapping = alive.filter((s) => s.start < query.end && query.start < s.end);
      expect(index.overlapping(query.start, query.end)).toEqual(overlapping);
      expect(index.overlaps(query.start, query.end)).toBe(overlapping.length > 0);
      expect(index.within(query.start, query.end)).toEqual(alive.filter((s) => s.start >= query.start && s.end <= query.end));
    }
  });
});
