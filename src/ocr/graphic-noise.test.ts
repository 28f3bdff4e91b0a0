import { describe, expect, it } from 'vitest';
import { describeGraphicNoise, separateGraphicNoise } from './graphic-noise.js';

const line = (...words: [string, number][]) => ({ words: words.map(([text, confidence]) => ({ text, confidence })), baseline: 0, height: 40, startsParagraph: false });

describe('separateGraphicNoise', () => {
  it('keeps a Khmer line of text that tesseract is unsure of, and its dashes and quotes', () => {
    const khmer = line(['ផ្តួចផ្តើមនវានុវត្តន៍ក្នុងវិស័យសាធារណៈ', 0.34], ['—', 0.2], ['«', 0.3]);
    expect(separateGraphicNoise([khmer]).lines).toEqual([khmer]);
  });

  it('starts a paragraph after a dropped line, so text on either side of a graphic stays apart', () => {
    const { lines, droppedLines } = separateGraphicNoise([line(['Heading', 0.9]), line(['~~', 0.45], ['_', 0]), line(['Body', 0.9])]);
    expect(droppedLines).toEqual(['~~ _']);
    expect(lines.map((l) => l.startsParagraph)).toEqual([false, true]);
  });
});

describe('describeGraphicNoise', () => {
  it('names what was dropped, a few examples each', () => {
    expect(describeGraphicNoise(['or 20%'], ['=', '/', '@', ':'])).toBe('left out as graphic noise: 1 line ("or 20%") and 4 marks ("=", "/", "@", …)');
    expect(describeGraphicNoise([], [])).toBe('');
  });
});
