import { describe, expect, it } from 'vitest';
import { characterErrorRate } from './character-error-rate.js';

describe('characterErrorRate', () => {
  it('counts edits per reference character', () => {
    expect(characterErrorRate('kitten', 'sitting')).toBeCloseTo(3 / 6);
    expect(characterErrorRate('same text', 'same text')).toBe(0);
  });

  it('ignores whitespace for Khmer when asked, and collapses it otherwise', () => {
    expect(characterErrorRate('ក្នុងការ', 'ក្នុង ការ', { ignoreWhitespace: true })).toBe(0);
    expect(characterErrorRate('a  b\nc', 'a b c')).toBe(0);
    expect(characterErrorRate('ក្នុង', 'ក្នង', { ignoreWhitespace: true })).toBeCloseTo(1 / 5);
  });
});
