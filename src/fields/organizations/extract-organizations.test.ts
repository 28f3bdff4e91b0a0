import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { Organization } from '../../schema/release.js';
import type { FieldContext } from '../field-types.js';
import { extractOrganizations } from './extract-organizations.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });
const orgs = (text: string): Organization[] => extractOrganizations(bare(normalizeText(text).text)).organizations;
const named = (list: Organization[], name: string): Organization | undefined => list.find((o) => o.name === name);

describe('extractOrganizations', () => {
  it('takes the acronym in parentheses and counts every later mention of it', () => {
    const text = 'The Cambodia National Rescue Party (CNRP) was dissolved. The CNRP appealed.';
    const [cnrp] = orgs(text);
    expect(cnrp).toMatchObject({ name: 'Cambodia National Rescue Party', acronym: 'CNRP' });
    expect(cnrp!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Cambodia National Rescue Party', 'CNRP', 'CNRP']);
  });

  it('defines an unknown organization by its head noun and acronym', () => {
    const text = 'The Cambodian Centre for Independent Media (CCIM) and the Phnom Penh Lawyers Association spoke. CCIM said no.';
    const list = orgs(text);
    expect(named(list, 'Cambodian Centre for Independent Media')).toMatchObject({ acronym: 'CCIM' });
    expect(named(list, 'Cambodian Centre for Independent Media')!.mentions).toHaveLength(3);
    expect(named(list, 'Phnom Penh Lawyers Association')).toBeDefined();
  });

  it('pairs Khmer and English names through a shared acronym', () => {
    const text = 'កម្មវិធីអភិវឌ្ឍន៍ថ្មីនៃអាស៊ី (ADPE) បានប្រកាស។\n\nThe Asian Development Project Exchange (ADPE) announced. ADPE said.';
    const list = orgs(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Asian Development Project Exchange', acronym: 'ADPE', names: { en: 'Asian Development Project Exchange', km: 'កម្មវិធីអភិវឌ្ឍន៍ថ្មីនៃអាស៊ី' } });
    expect(list[0]!.mentions).toHaveLength(5);
  });

  it('does not take a plural abbreviation or an unspelled phrase for an organization', () => {
    expect(orgs('to achieve Cambodia’s Sustainable Development Goals (CSDGs) and Big Plans (ZQX).')).toEqual([]);
  });

  it('pairs Khmer and English names through the table of known organizations', () => {
    const list = orgs('ក្រសួងមុខងារសាធារណៈ បានរៀបចំ។ The Ministry of Civil Service hosted it.');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Ministry of Civil Service', names: { en: 'Ministry of Civil Service', km: 'ក្រសួងមុខងារសាធារណៈ' } });
  });

  it('reads a Khmer name followed by its English name in parentheses', () => {
    const list = orgs('តំណាងបណ្តាញពលរដ្ឋខ្មែរដើម្បីកម្ពុជា (Khmer People’s Network for Cambodia) បាននិយាយ។');
    expect(list[0]).toMatchObject({ names: { km: 'បណ្តាញពលរដ្ឋខ្មែរដើម្បីកម្ពុជា', en: 'Khmer People’s Network for Cambodia' } });
  });

  it('finds Khmer names by their head noun, cut before the rest of the sentence', () => {
    const list = orgs('លោកបាននិយាយថា ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជាដែលបានអនុម័តគម្រោង។');
    expect(list.map((o) => o.name)).toEqual(['ក្រុមប្រឹក្សាអភិវឌ្ឍន៍កម្ពុជា']);
  });

  it('merges Khmer spelling variants of a known party and keeps descriptions out', () => {
    const list = orgs('គណបក្សសង្គ្រោះជាតិ និង គណបក្សសង្រ្គោះជាតិ ជាគណបក្សប្រឆាំង ហើយគណបក្សកាន់អំណាចឈ្នះ។');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ acronym: 'CNRP', names: { en: 'Cambodia National Rescue Party' } });
  });

  it('does not read a possessor, a heading or a plan as an organization', () => {
    const list = orgs("Prime Minister Hun Sen’s Cambodian People’s Party won. SPARKING INNOVATION IN THE PUBLIC SECTOR. The Cambodian National Program for Public Administration Reform.");
    expect(list.map((o) => o.name)).toEqual(['Cambodian People’s Party']);
    expect(orgs('The Digital Program for Reform started. The Digital Program for Reform ends.')).toEqual([]);
  });

  it('lets a longer phrase win over a known name it extends', () => {
    const list = orgs('Aun Pornmoniroth, a CPP Executive Committee member, met the Thai Ministry of Foreign Affairs.');
    expect(list.map((o) => o.name)).toEqual(['CPP Executive Committee', 'Thai Ministry of Foreign Affairs']);
  });

  it('gives the three organizations of the bilingual seed with both names', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const list = extractOrganizations({ text, sections: splitSections(text).sections }).organizations;
    expect(list.map((o) => [o.name, o.acronym, o.names.km])).toEqual([
      ['Royal Government of Cambodia', 'RGC', 'រាជរដ្ឋាភិបាលកម្ពុជា'],
      ['UN Development Programme', 'UNDP', 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ'],
      ['Ministry of Civil Service', undefined, 'ក្រសួងមុខងារសាធារណៈ'],
    ]);
    for (const org of list) {
      for (const m of org.mentions) expect(text.slice(m.start, m.end)).toMatch(/^(?:Royal Government(?: of Cambodia)?|រាជរដ្ឋាភិបាល(?:កម្ពុជា)?|UN Development Programme|UNDP|កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ|Ministry of Civil Service|ក្រសួងមុខងារសាធារណៈ)$/);
    }
  });
});
