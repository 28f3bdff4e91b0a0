import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';

describe('normalizeText', () => {
  it('drops zero-width characters and maps offsets back to the raw text', () => {
    const raw = 'ab\u200Bcd  ef';
    const { text, origin } = normalizeText(raw);
    expect(text).toBe('abcd ef');
    expect(raw[origin[text.indexOf('c')]!]).toBe('c');
    expect(raw[origin[text.indexOf('e')]!]).toBe('e');
    expect(origin[text.length]).toBe(raw.length);
  });

  it('reads a soft hyphen between spaces as the dash a PDF font printed, and drops one inside a word', () => {
    expect(normalizeText('Singapore, March 8, 2015 \u00AD FOSSASIA will run').text).toBe('Singapore, March 8, 2015 – FOSSASIA will run');
    expect(normalizeText('Singapore, March 8, 2015 \u200B\n\u00AD FOSSASIA').text).toBe('Singapore, March 8, 2015\n– FOSSASIA');
    expect(normalizeText('co\u00ADoperation').text).toBe('cooperation');
  });

  it('composes to NFC', () => {
    expect(normalizeText('Cafe\u0301').text).toBe('Café');
  });

  it('puts COENG RO after another subscript (សង្រ្គោះ and សង្គ្រោះ are one spelling)', () => {
    expect(normalizeText('សង្រ្គោះ').text).toBe('សង្គ្រោះ');
    expect(normalizeText('សង្គ្រោះ').text).toBe('សង្គ្រោះ');
  });

  it('folds subscript DA into subscript TA, which prints the same', () => {
    expect(normalizeText('ផ្ដួចផ្តើម').text).toBe('ផ្តួចផ្តើម');
  });

  it('puts a register shifter before the vowel', () => {
    expect(normalizeText('ប\u17BB\u17CAន').text).toBe('ប\u17CA\u17BBន');
  });

  it('removes the stray space a text layer puts before a Khmer vowel', () => {
    expect(normalizeText('វ ិស័យ').text).toBe('វិស័យ');
  });

  it('unifies line breaks and keeps one blank line between paragraphs', () => {
    expect(normalizeText('  one \r\ntwo\r\n\r\n\r\n\tthree  ').text).toBe('one\ntwo\n\nthree');
  });
});
