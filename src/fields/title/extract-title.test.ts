import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { FieldContext } from '../field-types.js';
import { extractTitle } from './extract-title.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });

describe('extractTitle', () => {
  it('takes the first line as the headline and points at it', () => {
    const text = 'Hun Sen Circles Opponents Abroad and At Home\n\nMembers of the opposition say so.';
    const result = extractTitle(bare(text));
    expect(result.title).toEqual({ en: 'Hun Sen Circles Opponents Abroad and At Home' });
    expect(text.slice(result.evidence[0]!.start, result.evidence[0]!.end)).toBe(result.title.en);
  });

  it('skips boilerplate, letterhead names and markdown marks', () => {
    const text = 'Empowered lives.\nResilient nations.\n\nPRESS RELEASE\n\n**SPARKING INNOVATION**\n\nPhnom Penh, 04 March 2019 – Text.';
    expect(extractTitle(bare(text)).title).toEqual({ en: 'SPARKING INNOVATION' });
    const khmer = 'ព្រះរាជាណាចក្រកម្ពុជា\nជាតិ សាសនា ព្រះមហាក្សត្រ\n\nក្រសួងមុខងារសាធារណៈ\n\nសេចក្តីប្រកាសព័ត៌មាន\n\nផ្តួចផ្តើមនវានុវត្តន៍ក្នុងវិស័យសាធារណៈ';
    expect(extractTitle(bare(khmer)).title).toEqual({ km: 'ផ្តួចផ្តើមនវានុវត្តន៍ក្នុងវិស័យសាធារណៈ' });
  });

  it('skips letterhead lines: the institution’s name and its contact and reference fields', () => {
    const text = 'Embassy of Japan in Cambodia\nTel: +855 23 217 161\nEmail: info@example.org\nRef: 12/2020\n\nJapan Hands Over Ambulances to Takeo Hospital\n\nText.';
    expect(extractTitle(bare(text)).title).toEqual({ en: 'Japan Hands Over Ambulances to Takeo Hospital' });
    expect(extractTitle(bare('Subject: Launch of the digital ID\n\nText.')).title).toEqual({ en: 'Subject: Launch of the digital ID' });
  });

  it('skips the page numbers a PDF prints in its header or footer', () => {
    expect(extractTitle(bare('MEDIA RELEASE\n\nPage 1 of 5\n\nLAUNCH OF A COURSE\n\n4 March 2024 – Text.')).title).toEqual({ en: 'LAUNCH OF A COURSE' });
    expect(extractTitle(bare('- 2 -\n\nA Headline Here\n\nText.')).title).toEqual({ en: 'A Headline Here' });
    expect(extractTitle(bare('ទំព័រ ១ នៃ ៣\n\nពិធីបើកវគ្គបណ្តុះបណ្តាល')).title).toEqual({ km: 'ពិធីបើកវគ្គបណ្តុះបណ្តាល' });
  });

  it('does not take a date line or byline for a headline, and warns when a language has none', () => {
    const result = extractTitle(bare('By X | VOA Khmer | July 29, 2018\n\nMarch 4, 2019'));
    expect(result.title).toEqual({});
    expect(result.warnings.map((w) => w.code)).toEqual(['TITLE_MISSING']);
  });

  it('takes the front-matter title of a website export, in the language it is written in', () => {
    const km = '---\ntitle: ក្រសួងប្រៃសណីយ៍បានរៀបចំពិធីបិទវគ្គ\ndate: 2025-06-14\n---\n\nនៅថ្ងៃទី១៤ ខែមិថុនា ឆ្នាំ២០២៥ ក្រសួងបានរៀបចំពិធី។';
    const result = extractTitle(bare(km));
    expect(result.title).toEqual({ km: 'ក្រសួងប្រៃសណីយ៍បានរៀបចំពិធីបិទវគ្គ' });
    expect(km.slice(result.evidence[0]!.start, result.evidence[0]!.end)).toBe(result.title.km);
    const en = "---\ndate: '2022-11-15'\ntitle: \"Partners Secure Climate\\\n  \\ Targets\"\n---\n\nToday, leaders met.";
    expect(extractTitle(bare(en)).title).toEqual({ en: 'Partners Secure Climate Targets' });
  });

  it('takes a headline wrapped over lines whole: a lower-case continuation, a last character on its own line', () => {
    const wrapped = 'Media Release\nFirst batch of public sector 5G trials\nat Sentosa underway\n•\n\nSingapore, 19 October 2021 – Text.';
    const result = extractTitle(bare(wrapped));
    expect(result.title).toEqual({ en: 'First batch of public sector 5G trials at Sentosa underway' });
    expect(wrapped.slice(result.evidence[0]!.start, result.evidence[0]!.end)).toBe('First batch of public sector 5G trials\nat Sentosa underway');
    expect(extractTitle(bare('PRESS RELEASE\nConference opens at Biopolis and LaunchPad\n.\nSingapore, March 8, 2015 – Text.')).title).toEqual({
      en: 'Conference opens at Biopolis and LaunchPad.',
    });
    expect(extractTitle(bare('A headline.\nand a body line that starts in lower case')).title).toEqual({ en: 'A headline.' });
  });

  it('skips label lines and joins no label to a headline that opens with a camel-case brand', () => {
    expect(extractTitle(bare('FOR IMMEDIATE RELEASE:\nMedia Advisory\niFly Singapore takes flight\nText.')).title).toEqual({ en: 'iFly Singapore takes flight' });
  });

  it('gives one headline per language on the bilingual seed', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const result = extractTitle({ text, sections: splitSections(text).sections });
    expect(result.title).toEqual({ km: 'ផ្តួចផ្តើមនវានុវត្តន៍ក្នុងវិស័យសាធារណៈ', en: 'SPARKING INNOVATION IN THE PUBLIC SECTOR' });
    expect(result.warnings).toEqual([]);
  });
});
