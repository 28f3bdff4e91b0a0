import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { FieldContext } from '../field-types.js';
import { extractPlace } from './extract-place.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });
const spans = (text: string, r: { evidence: { start: number; end: number }[] }): string[] => r.evidence.map((e) => text.slice(e.start, e.end));

describe('extractPlace', () => {
  it('reads the place of an English dateline with a date', () => {
    const text = 'HEADLINE\n\nPhnom Penh, 04 March 2019 – The Conference opened.';
    const result = extractPlace(bare(text));
    expect(result.place).toBe('Phnom Penh');
    expect(spans(text, result)).toEqual(['Phnom Penh']);
  });

  it('reads VOA-style datelines that end in a dash', () => {
    expect(extractPlace(bare('Title\n\nBy X | VOA Khmer | July 29, 2018\n\nAriksat Commune, Kandal Province — While millions voted.')).place).toBe(
      'Ariksat Commune, Kandal Province',
    );
    expect(extractPlace(bare('Title\n\nSiem Reap province — Although the party won.')).place).toBe('Siem Reap province');
    expect(extractPlace(bare('ចំណងជើង\n\nខេត្តកណ្តាល — ខណៈប្រជាពលរដ្ឋ។')).place).toBe('ខេត្តកណ្តាល');
  });

  it('does not take the weekday or month of the date into the place', () => {
    expect(extractPlace(bare('Title\n\nPhnom Penh, Monday, 4 March 2019 — Text.')).place).toBe('Phnom Penh');
    expect(extractPlace(bare('Title\n\nPHNOM PENH, March 4, 2019 — Text.')).place).toBe('PHNOM PENH');
  });

  it('reads a wire dateline without its agency', () => {
    const text = 'Title\n\nPHNOM PENH (Reuters) — Cambodia said on Monday.';
    const result = extractPlace(bare(text));
    expect(result.place).toBe('PHNOM PENH');
  });

  it('keeps a Khmer dateline place as written and drops the opener ធ្វើនៅ', () => {
    expect(extractPlace(bare('ចំណងជើង\n\nរាជធានីភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩៖ អត្ថបទ។')).place).toBe('រាជធានីភ្នំពេញ');
    expect(extractPlace(bare('ចំណងជើង\n\nធ្វើនៅរាជធានីភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩')).place).toBe('រាជធានីភ្នំពេញ');
  });

  it('gives the English form of a known Khmer place when the release has an English section without a dateline', () => {
    const text = 'ចំណងជើង\n\nរាជធានីភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩៖ អត្ថបទ។\n\nTITLE\n\nThe Conference opened.';
    const split = text.indexOf('TITLE');
    const result = extractPlace({ text, sections: [{ lang: 'km', start: 0, end: split - 2 }, { lang: 'en', start: split, end: text.length }] });
    expect(result.place).toBe('Phnom Penh');
    expect(spans(text, result)).toEqual(['រាជធានីភ្នំពេញ']);
  });

  it.each([
    ['an all-capital place before a colon', 'Headline\n\nPUTRAJAYA: The Government Transformation Programme has launched a monitoring system today.', 'PUTRAJAYA'],
    ['a known place before a colon and the event date', 'Headline\n\nPhnom Penh: On the morning of March 11, 2025, experts met.', 'Phnom Penh'],
    ['a Khmer capital before ៖', 'ចំណងជើង\n\nរាជធានីភ្នំពេញ៖ នាព្រឹកថ្ងៃទី១១ ខែមីនា ឆ្នាំ២០២៥ ក្រុមការងារបានជួបប្រជុំ។', 'រាជធានីភ្នំពេញ'],
    ['a Khmer province before ៖', 'ចំណងជើង\n\nខេត្តតាកែវ៖ ក្រុមការងារបានធ្វើការបណ្តុះបណ្តាល។', 'ខេត្តតាកែវ'],
    ['a place, a comma and the event date', 'Headline\n\nTakeo Province, On the afternoon of July 5, 2025, a team trained students.', 'Takeo Province'],
    ['a place after the date', 'Headline\n\n18 May 2011, Singapore – Reinforcing its position.', 'Singapore'],
    ['a place, a hyphen and the date', 'Headline\n\nKuching, Malaysia - May 14, 2018: The state opened.', 'Kuching, Malaysia'],
    ['a place before a date in parentheses', 'Headline\n\nBangkok (March 5, 2020) — Thailand said.', 'Bangkok'],
  ])('reads %s', (_shape, text, place) => {
    const result = extractPlace(bare(text));
    expect(result.place).toBe(place);
    expect(spans(text, result)).toEqual([place]);
  });

  it('reads a dated dateline below a long header block', () => {
    const header = ['Media Release', 'First batch of trials', 'at Sentosa underway', '•', 'A testbed aims', '•', 'Agencies are among the first', 'to trial', 'robots'];
    const text = `${header.join('\n')}\n\nSingapore, 19 October 2021 – Sentosa will serve as a testbed.`;
    expect(extractPlace(bare(text)).place).toBe('Singapore');
  });

  it('does not take a header label, a venue or a short capital label for a dateline place', () => {
    expect(extractPlace(bare('Headline\n\nNOTE TO EDITORS: The ministry will hold a press conference on the new policy next week.')).place).toBeNull();
    expect(extractPlace(bare('Headline\n\nVENUE: Hall A, level 3')).place).toBeNull();
    expect(extractPlace(bare('Headline\n\nKeynote: Dr X will speak on open source.')).place).toBeNull();
    expect(extractPlace(bare('ចំណងជើង\n\nនៅវិទ្យាល័យ ប៊ុនរ៉ានី ហ៊ុនសែន បាទី ឯកឧត្តមរដ្ឋមន្ត្រីបានអញ្ជើញ។')).place).toBeNull();
  });

  it('does not take a sentence or the headline for a dateline', () => {
    const result = extractPlace(bare('Hun Sen — A Profile\n\nHun Sen shopping. Hun Sen working out.\n\nFor the prime minister — a startling development.'));
    expect(result.place).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['PLACE_MISSING']);
  });

  it('prefers the English dateline of the bilingual seed', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const result = extractPlace({ text, sections: splitSections(text).sections });
    expect(result.place).toBe('Phnom Penh');
    expect(spans(text, result)).toEqual(['រាជធានីភ្នំពេញ', 'Phnom Penh']);
  });
});
