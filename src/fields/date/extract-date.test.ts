import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { FieldContext } from '../field-types.js';
import { extractDate } from './extract-date.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });
const codes = (r: { warnings: { code: string }[] }): string[] => r.warnings.map((w) => w.code);

describe('extractDate', () => {
  it('reads an English dateline and points at the date', () => {
    const text = 'HEADLINE\n\nPhnom Penh, 04 March 2019 – The Royal Government met.';
    const result = extractDate(bare(text));
    expect(result.date).toBe('2019-03-04');
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['04 March 2019']);
    expect(result.warnings).toEqual([]);
  });

  it('reads a VOA byline date', () => {
    const text = 'Title\n\nSummary.\n\nBy Sun Narin | VOA Khmer | July 29, 2018\n\nSiem Reap province — Text.';
    expect(extractDate(bare(text)).date).toBe('2018-07-29');
    expect(extractDate(bare('ចំណងជើង\n\nស៊ុន ណារិន | VOA Khmer | 29 កក្កដា 2018\n\nខេត្តកណ្តាល — អត្ថបទ។')).date).toBe('2018-07-29');
  });

  it('reads English datelines whose date opens with a weekday or month, and a plain byline', () => {
    expect(extractDate(bare('Title\n\nPhnom Penh, Monday, 4 March 2019 — Text.')).date).toBe('2019-03-04');
    expect(extractDate(bare('Title\n\nPHNOM PENH, March 4, 2019 — Text.')).date).toBe('2019-03-04');
    expect(extractDate(bare('Title\n\nBy John Doe, Sept. 21, 2018\n\nText.')).date).toBe('2018-09-21');
  });

  it.each([
    ['a date alone on a line under the header', 'Headline of the release\nJune 3, 2019\n\nThe ministry opened a centre.', '2019-06-03', 'June 3, 2019'],
    ['a place, a hyphen and a date ending in a colon', 'Headline\n\nKuching, Malaysia - May 14, 2018: The state opened.', '2018-05-14', 'May 14, 2018'],
    ['an all-capital place and a day-first date', 'Headline\n\nPHNOM PENH, 5 March 2020 – The ministry said.', '2020-03-05', '5 March 2020'],
    ['a date in parentheses after the place', 'Headline\n\nBangkok (March 5, 2020) — Thailand said.', '2020-03-05', 'March 5, 2020'],
    ['the date first, then the place', 'MEDIA RELEASE\n\niFly takes flight\n18 May 2011, Singapore – Reinforcing its position.', '2011-05-18', '18 May 2011'],
    ['a FOR IMMEDIATE RELEASE label with the date', 'FOR IMMEDIATE RELEASE: June 3, 2019\n\nHeadline\n\nThe ministry said.', '2019-06-03', 'June 3, 2019'],
    ['a FOR IMMEDIATE RELEASE line over a date line', 'FOR IMMEDIATE RELEASE\n3 June 2019\n\nHeadline\n\nThe ministry said.', '2019-06-03', '3 June 2019'],
    ['an ordinal day', 'Headline\n\nTakeo Province, March 21st, 2025: Students met.', '2025-03-21', 'March 21st, 2025'],
    ['a soft hyphen for the dash', 'Headline\n\nSingapore, March 8, 2015 \u00AD FOSSASIA will run.', '2015-03-08', 'March 8, 2015'],
    ['a Khmer date with Khmer digits', 'ចំណងជើង\n\nខេត្តតាកែវ ថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១៖ ក្រសួងបានរៀបចំពិធី។', '2021-02-12', 'ថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១'],
    ['a Khmer date with Western digits', 'ចំណងជើង\n\nខេត្តតាកែវ ថ្ងៃទី12 ខែកុម្ភៈ ឆ្នាំ2021៖ ក្រសួងបានរៀបចំពិធី។', '2021-02-12', 'ថ្ងៃទី12 ខែកុម្ភៈ ឆ្នាំ2021'],
    ['a VOA Khmer byline', 'ចំណងជើង\n\nស៊ុន ណារិន | VOA Khmer | 29 កក្កដា 2018\n\nអត្ថបទ។', '2018-07-29', '29 កក្កដា 2018'],
  ])('reads %s', (_shape, raw, iso, written) => {
    const text = normalizeText(raw).text;
    const result = extractDate(bare(text));
    expect(result.date).toBe(iso);
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toEqual([written]);
  });

  it('reads a Khmer dateline with Khmer numerals', () => {
    expect(extractDate(bare('ចំណងជើង\n\nរាជធានីភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩៖ រាជរដ្ឋាភិបាលកម្ពុជា')).date).toBe('2019-03-04');
  });

  it('takes the solar date after ត្រូវនឹង on a lunar date line, not the lunar one', () => {
    const text = 'ថ្ងៃសុក្រ ៤កើត ខែផល្គុន ឆ្នាំច សំរឹទ្ធិស័ក ព.ស.២៥៦២ ត្រូវនឹងថ្ងៃទី១១ ខែមីនា ឆ្នាំ២០១៩\n\nអត្ថបទ។';
    const result = extractDate(bare(text));
    expect(result.date).toBe('2019-03-11');
    expect(text.slice(result.evidence[0]!.start, result.evidence[0]!.end)).toBe('ថ្ងៃទី១១ ខែមីនា ឆ្នាំ២០១៩');
  });

  it('warns when only a lunar date is given', () => {
    const result = extractDate(bare('ថ្ងៃសុក្រ ៤កើត ខែផល្គុន ឆ្នាំច សំរឹទ្ធិស័ក ព.ស.២៥៦២\n\nអត្ថបទ។'));
    expect(result.date).toBeNull();
    expect(codes(result)).toEqual(['DATE_LUNAR_ONLY', 'DATE_MISSING']);
  });

  it('ignores dates inside body sentences', () => {
    const text = 'Title\n\nOn July 7, 2018 campaigning kicked off, and on 29 July 2018 people voted.';
    const result = extractDate(bare(text));
    expect(result.date).toBeNull();
    expect(codes(result)).toEqual(['DATE_MISSING']);
    expect(extractDate(bare('ចំណងជើង\nប្រព្រឹត្តទៅចាប់ពីថ្ងៃទី២៤ ដល់ថ្ងៃទី២៨ ខែកក្កដា ឆ្នាំ២០១៩ នៅរោងភាពយន្ត')).date).toBeNull();
  });

  it('takes the front-matter date of a website export as the publication date and points at it', () => {
    const text = "---\ntitle: Climate targets\ndate: '2022-11-15'\nmodified_time: 2022-11-16 21:42:38-05:00\n---\n\nToday, leaders met.";
    const result = extractDate(bare(text));
    expect(result.date).toBe('2022-11-15');
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['2022-11-15']);
    expect(extractDate(bare('---\ntitle: T\npubDate: 2025-07-19\n---\n\nText.')).date).toBe('2025-07-19');
  });

  it('warns DATE_CONFLICT naming both dates when sections disagree', () => {
    const text = 'ភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩៖ អត្ថបទ។\n\nPhnom Penh, 05 March 2019 – Text.';
    const split = text.indexOf('Phnom');
    const result = extractDate({ text, sections: [{ lang: 'km', start: 0, end: split - 2 }, { lang: 'en', start: split, end: text.length }] });
    expect(result.date).toBe('2019-03-04');
    expect(codes(result)).toEqual(['DATE_CONFLICT']);
    expect(result.warnings[0]!.message).toContain('2019-03-04');
    expect(result.warnings[0]!.message).toContain('2019-03-05');
  });

  it('rejects an impossible dateline date with DATE_INVALID', () => {
    const result = extractDate(bare('Title\n\nPhnom Penh, 31 February 2019 – Text.'));
    expect(result.date).toBeNull();
    expect(codes(result)).toEqual(['DATE_INVALID', 'DATE_MISSING']);
  });
});

describe('extractDate on the bilingual seed', () => {
  it('agrees across both sections on 2019-03-04', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const result = extractDate({ text, sections: splitSections(text).sections });
    expect(result.date).toBe('2019-03-04');
    expect(result.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩', '04 March 2019']);
    expect(result.warnings).toEqual([]);
  });
});

describe('extractDate: the event date', () => {
  const event = (raw: string) => {
    const text = normalizeText(raw).text;
    const result = extractDate(bare(text));
    return { ...result, eventWritten: result.eventEvidence.map((e) => text.slice(e.start, e.end)) };
  };

  it('reads a Khmer lead that dates the event with នាព្រឹក, and leaves the release date null when none is printed', () => {
    const result = event('ចំណងជើង\n\nនាព្រឹកថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១ ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍បានរៀបចំពិធីសម្ពោធមជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍នៅខេត្តតាកែវ។');
    expect(result.eventDate).toBe('2021-02-12');
    expect(result.eventWritten).toEqual(['ថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១']);
    expect(result.date).toBeNull();
  });

  it('reads an English lead after a place and a comma', () => {
    const result = event('Headline\n\nTakeo Province, On the afternoon of July 5, 2025, a team of three members conducted training on cybersecurity.');
    expect(result.eventDate).toBe('2025-07-05');
    expect(result.eventWritten).toEqual(['July 5, 2025']);
  });

  it('keeps the dateline date as the release date and the lead date as the event date', () => {
    const result = event('Headline\n\nPhnom Penh, 4 March 2019 – The ministry on 2 March 2019 opened a centre for the public.');
    expect(result.date).toBe('2019-03-04');
    expect(result.eventDate).toBe('2019-03-02');
  });

  it('takes the event date of a website post from its lead, or else from its body dateline', () => {
    const post = (body: string) => event(`---\ntitle: Training\ndate: 2025-07-19\n---\n\n${body}`);
    const cued = post('In the morning of November 10th, 2023, at Bunrany High School, the Minister presided over the ceremony.');
    expect([cued.date, cued.eventDate]).toEqual(['2025-07-19', '2023-11-10']);
    const dated = post('ខេត្តតាកែវ ថ្ងៃទី២១ ខែមីនា ឆ្នាំ២០២៥៖ សិស្សានុសិស្សបានចូលរួមកម្មវិធី។');
    expect([dated.date, dated.eventDate]).toEqual(['2025-07-19', '2025-03-21']);
  });

  it('does not take a cued date past the lead sentence, or a date without a cue', () => {
    expect(event('Headline\n\nThe ministry opened a centre for young people in the province today. It was built on 2 March 2019.').eventDate).toBeNull();
    expect(event('Headline\n\nThe ministry, which was founded 2 March 1990 in the capital, opened a centre for young people.').eventDate).toBeNull();
    expect(event('Headline\n\nOne of the ministry teams opened a centre for young people in the province on Monday.').eventDate).toBeNull();
  });
});
