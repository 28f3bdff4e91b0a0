import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import type { LanguageCode } from '../../schema/release.js';
import { extractQuotesAndSpeakers } from './extract-quotes-and-speakers.js';

function extract(raw: string, lang: LanguageCode) {
  const text = normalizeText(raw).text;
  return extractQuotesAndSpeakers({ text, sections: [{ lang, start: 0, end: text.length }] });
}

const reportedOf = (r: ReturnType<typeof extract>) => r.quotes.filter((q) => q.kind === 'reported').map((q) => [q.speaker, q.text]);

// A ministry release written for these tests: speech reported, never quoted.
const KHMER_RELEASE = [
  '---',
  'title: "សេចក្តីប្រកាសព័ត៌មាន"',
  'image: "@/assets/news/photo.webp"',
  '---',
  '',
  'រាជធានីភ្នំពេញ៖ ឯកឧត្តម ជា សុភា រដ្ឋមន្ត្រីក្រសួងកសិកម្ម បានអញ្ជើញជាអធិបតីក្នុងពិធីបើកសិក្ខាសាលា។',
  '',
  'ថ្លែងក្នុងឱកាសនោះ ឯកឧត្តមរដ្ឋមន្ត្រី ជា សុភា បានមានប្រសាសន៍ថា ក្រសួងនឹងបន្តគាំទ្រកសិករនៅទូទាំងប្រទេស។ ' +
    'លោកស្រី សុខ ចន្ថា ប្រធាននាយកដ្ឋាន បានគូសបញ្ជាក់ថា គម្រោងនេះនឹងជួយកសិករជាង១០០០គ្រួសារ។',
  '',
  'ឯកឧត្តមរដ្ឋមន្ត្រី មានសង្ឃឹមជឿជាក់ប្រកបដោយសុទិដ្ឋិនិយមថា សិក្ខាសាលានេះនឹងទទួលបានជោគជ័យ។',
].join('\n');

const ENGLISH_RELEASE = [
  'PHNOM PENH, 5 March 2024 – H.E. Dr. Sok Dara, Minister of Agriculture, opened the workshop.',
  '',
  'Speaking at the opening, H.E. Sok Dara said that the ministry will support farmers in every province.',
  '',
  'The Minister is optimistic that the programme will reach 1,000 families this year.',
  '',
  'Ms. Lina Chan, Director of Planning, said the department has trained 300 officers since January.',
  '',
  '“We are ready,” she said.',
].join('\n');

describe('reported speech', () => {
  it('reads Khmer statements after ថា, with the speaker named by title only resolved', () => {
    const result = extract(KHMER_RELEASE, 'km');
    expect(reportedOf(result)).toEqual([
      ['ជា សុភា', 'ក្រសួងនឹងបន្តគាំទ្រកសិករនៅទូទាំងប្រទេស'],
      ['សុខ ចន្ថា', 'គម្រោងនេះនឹងជួយកសិករជាង១០០០គ្រួសារ'],
      ['ជា សុភា', 'សិក្ខាសាលានេះនឹងទទួលបានជោគជ័យ'],
    ]);
    expect(result.speakers.map((s) => s.name)).toEqual(['ជា សុភា', 'សុខ ចន្ថា']);
  });

  it('never takes front-matter values for quotes', () => {
    expect(extract(KHMER_RELEASE, 'km').quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('reads English "said that", "is optimistic that" and "said the … has" without that', () => {
    const result = extract(ENGLISH_RELEASE, 'en');
    expect(reportedOf(result)).toEqual([
      ['Sok Dara', 'the ministry will support farmers in every province'],
      ['Sok Dara', 'the programme will reach 1,000 families this year'],
      ['Lina Chan', 'the department has trained 300 officers since January'],
    ]);
    expect(result.quotes.filter((q) => q.kind === 'direct').map((q) => [q.speaker, q.text])).toEqual([['Lina Chan', 'We are ready,']]);
  });

  it('leaves a that-clause opening a quotation to the direct quote', () => {
    const result = extract('President Joko Widodo stated that “Indonesia is committed to a green economy.”', 'en');
    expect(result.quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('needs a named, pronoun or titled subject: a report is not a speaker', () => {
    expect(reportedOf(extract('The report noted that prices will rise again next year.', 'en'))).toEqual([]);
  });

  it('keeps a statement reported of a described person but names no speaker for it', () => {
    const result = extract('ស្ត្រីម្នាក់នោះ បាននិយាយថា អ្នកភូមិជាច្រើនមិនបានទៅបោះឆ្នោតទេ។', 'km');
    expect(reportedOf(result)).toEqual([[null, 'អ្នកភូមិជាច្រើនមិនបានទៅបោះឆ្នោតទេ']]);
    expect(result.speakers).toEqual([]);
  });

  it('pairs a Khmer reported statement with its English translation and joins the two names', () => {
    const km = 'ឯកឧត្តម ជា សុភា រដ្ឋមន្ត្រីក្រសួងកសិកម្ម បានមានប្រសាសន៍ថា ក្រសួងនឹងសាងសង់មជ្ឈមណ្ឌលចំនួន១២ នៅឆ្នាំ២០២៥។';
    const en = 'H.E. Chea Sophea, Minister of Agriculture, said that the ministry will build 12 centres in 2025.';
    const text = `${km}\n\n${en}`;
    const split = text.indexOf('H.E.');
    const result = extractQuotesAndSpeakers({
      text,
      sections: [
        { lang: 'km', start: 0, end: split },
        { lang: 'en', start: split, end: text.length },
      ],
    });
    expect(result.quotes.map((q) => [q.kind, q.lang, q.speaker, q.alignedWith])).toEqual([
      ['reported', 'km', 'Chea Sophea', 1],
      ['reported', 'en', 'Chea Sophea', 0],
    ]);
    expect(result.speakers.map((s) => s.names)).toEqual([{ en: 'Chea Sophea', km: 'ជា សុភា' }]);
  });
});
