import { describe, expect, it } from 'vitest';
import { findDates, readDateAt } from './written-date.js';

const iso = (text: string): string | null | undefined => readDateAt(text, 0)?.iso;

describe('readDateAt', () => {
  it('reads English day-first and month-first dates, with abbreviations and weekdays', () => {
    expect(iso('04 March 2019')).toBe('2019-03-04');
    expect(iso('4 Mar 2019')).toBe('2019-03-04');
    expect(iso('March 4, 2019')).toBe('2019-03-04');
    expect(iso('Sept. 21, 2018')).toBe('2018-09-21');
    expect(iso('Monday, 4 March 2019')).toBe('2019-03-04');
    expect(iso('2019-03-04')).toBe('2019-03-04');
  });

  it('reads Khmer dates with Khmer or Western digits and variant month spellings', () => {
    expect(iso('ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩')).toBe('2019-03-04');
    expect(iso('29 កក្កដា 2018')).toBe('2018-07-29');
    expect(iso('ថ្ងៃច័ន្ទ ទី១២ ខែវិច្ចិកា ឆ្នាំ២០១៨')).toBe('2018-11-12');
    expect(iso('ថ្ងៃទី៧ ខែកុម្ភះ ឆ្នាំ២០២០')).toBe('2020-02-07');
  });

  it('converts Buddhist-era years (CE = BE - 543), marked or too late to be CE', () => {
    expect(iso('ថ្ងៃទី១១ ខែមីនា ព.ស.២៥៦២')).toBe('2019-03-11');
    expect(iso('11 មីនា 2562')).toBe('2019-03-11');
  });

  it('gives null for a day that does not exist, and nothing for text that is no date', () => {
    expect(iso('31 February 2019')).toBeNull();
    expect(iso('ថ្ងៃទី៣១ ខែមេសា ឆ្នាំ២០១៩')).toBeNull();
    expect(iso('29 February 2020')).toBe('2020-02-29');
    expect(readDateAt('about 2019 and March', 0)).toBeNull();
    expect(readDateAt('Summary 4, 2019', 0)).toBeNull();
  });

  it('reports offsets that slice back to the written date', () => {
    const text = 'Released on 4 March 2019 in Phnom Penh.';
    const [found] = findDates(text, 0, text.length);
    expect(text.slice(found!.start, found!.end)).toBe('4 March 2019');
  });
});
