import { describe, expect, it } from 'vitest';
import { alignBilingualQuotes, pairScore } from './align-bilingual-quotes.js';

describe('alignBilingualQuotes', () => {
  it('pairs in order when lengths, numbers and speakers agree', () => {
    const km = [
      { text: 'ក'.repeat(120) + ' ២០៣០ ២០៥០' },
      { text: 'ខ'.repeat(200), latinSpeaker: 'Nick Beresford' },
    ];
    const en = [
      { text: 'a'.repeat(130) + ' 2030 2050' },
      { text: 'b'.repeat(210), latinSpeaker: 'Nick Beresford' },
    ];
    expect(alignBilingualQuotes(km, en)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('skips an English quote with no Khmer counterpart', () => {
    const km = [{ text: 'ក'.repeat(100) + ' ២០១៩' }];
    const en = [{ text: 'short one 5' }, { text: 'b'.repeat(100) + ' 2019' }];
    expect(alignBilingualQuotes(km, en)).toEqual([[0, 1]]);
  });

  it('scores different Latin speakers and disjoint numbers against a pair', () => {
    const same = pairScore({ text: 'ក'.repeat(100) }, { text: 'a'.repeat(100) });
    const otherSpeaker = pairScore({ text: 'ក'.repeat(100), latinSpeaker: 'A B' }, { text: 'a'.repeat(100), latinSpeaker: 'C D' });
    const otherNumbers = pairScore({ text: 'ក'.repeat(100) + ' ៥០' }, { text: 'a'.repeat(100) + ' 3' });
    expect(otherSpeaker).toBeLessThan(same);
    expect(otherNumbers).toBeLessThan(same);
    expect(alignBilingualQuotes([{ text: 'ក'.repeat(100) + ' ៥០' }], [{ text: 'a'.repeat(100) + ' 3' }])).toEqual([]);
  });
});

describe('alignBilingualQuotes with a quote cut at a page end', () => {
  const km = [
    { text: 'ក'.repeat(300) + ' ២០៣០ ២០៥០', paragraph: 5 },
    { text: 'ខ'.repeat(300), paragraph: 7, latinSpeaker: 'Nick Beresford' },
  ];

  it('pairs the cut English quote, shorter than its translation, by paragraph position', () => {
    expect(alignBilingualQuotes(km, [{ text: 'a'.repeat(150), cut: true, paragraph: 5 }])).toEqual([[0, 0]]);
    expect(alignBilingualQuotes(km, [{ text: 'a'.repeat(150), cut: true, paragraph: 7 }])).toEqual([[1, 0]]);
  });

  it('does not pair a cut quote far from any translation, or longer than it', () => {
    expect(alignBilingualQuotes(km, [{ text: 'a'.repeat(150), cut: true, paragraph: 12 }])).toEqual([]);
    expect(alignBilingualQuotes(km, [{ text: 'a'.repeat(900), cut: true, paragraph: 5 }])).toEqual([]);
  });

  it('lets a cut quote pair only on the numbers it kept', () => {
    expect(pairScore(km[0]!, { text: 'a'.repeat(150) + ' 2030', cut: true, paragraph: 5 })).toBeGreaterThan(
      pairScore(km[0]!, { text: 'a'.repeat(150) + ' 1999', cut: true, paragraph: 5 }),
    );
  });
});
