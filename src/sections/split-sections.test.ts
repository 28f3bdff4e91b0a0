import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSections } from './split-sections.js';

const KHMER = 'រាជធានីភ្នំពេញ ថ្ងៃទី០៤ ខែមីនា ឆ្នាំ២០១៩៖ រាជរដ្ឋាភិបាលកម្ពុជា និងកម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ (UNDP) រៀបចំសិក្ខាសាលា';
const ENGLISH =
  'Phnom Penh, 04 March 2019 – The Royal Government of Cambodia and the UN Development Programme (UNDP) hold a National Conference looking at how to advance innovation in governance.';

describe('splitSections', () => {
  it('splits a Khmer section from an English one, keeping Latin names inside the Khmer', () => {
    const khmerWithName = `លោក Nick Beresford អ្នកតំណាង UNDP ប្រចាំប្រទេសកម្ពុជា បានគូសបញ្ជាក់ពីសារៈសំខាន់`;
    const text = `${KHMER}\n\n${khmerWithName}\n\n${ENGLISH}`;
    const { sections, warnings } = splitSections(text);
    expect(sections.map((s) => s.lang)).toEqual(['km', 'en']);
    expect(text.slice(sections[0]!.start, sections[0]!.end)).toBe(`${KHMER}\n\n${khmerWithName}`);
    expect(text.slice(sections[1]!.start, sections[1]!.end)).toBe(ENGLISH);
    expect(warnings).toEqual([]);
  });

  it('does not make an English section of a short Latin masthead before Khmer text', () => {
    const { sections } = splitSections(`PRESS RELEASE\n\n${KHMER}`);
    expect(sections.map((s) => s.lang)).toEqual(['km']);
    expect(sections[0]!.start).toBe(0);
  });

  it('does not make an English section of the markdown photo lines that end a Khmer website post', () => {
    const photos = [1, 2, 3].map((n) => `![photo ${n}](@/assets/news-and-events/article-17/photo-${n}.jpg)`).join('\n');
    const { sections } = splitSections(`${KHMER}\n\n${photos}\n\nhttps://www.example.org/news/article-17/index.html`);
    expect(sections.map((s) => s.lang)).toEqual(['km']);
  });

  it('warns when a long Latin run is not English (legacy-font Khmer reads as Latin)', () => {
    const mojibake = 'raCFanIPñMeBj éf¶TI 04 ExmIna qñaM 2019 rdæaPi)alkm<Ca nigkmμviFIGPivDÆn_shRbCaCati . '.repeat(3);
    const { warnings } = splitSections(`${mojibake}\n\n${ENGLISH}`);
    expect(warnings.map((w) => w.code)).toContain('SECTION_LANGUAGE_UNCERTAIN');
  });

  it('does not make an English section of markdown image lines, links and paths after Khmer text', () => {
    const khmer = 'នាព្រឹកថ្ងៃនេះ ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ បានរៀបចំពិធីបើកមជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍ នៅខេត្តតាកែវ។';
    const photos = [1, 2, 3, 4, 5, 6].map((n) => `![photo ${n}](@/assets/news-and-events/article-3/photo-${n}.webp)`).join('\n');
    const { sections } = splitSections(`${khmer}\n\n${photos}\n`);
    expect(sections.map((s) => s.lang)).toEqual(['km']);
  });

  it('warns on the Limon-font mojibake of a real broken text layer, paragraph by paragraph', () => {
    const layer = readFileSync(new URL('../pages/test-data/limon-font-layer.p2.txt', import.meta.url), 'utf8').split('\n');
    // Two layout lines make a paragraph long enough for franc; the page's English lines are skipped.
    const limon = (line = '') => /pþeI|kñu/.test(line);
    const mojibake = layer.flatMap((line, i) => (limon(line) && limon(layer[i + 1]) ? [`${line} ${layer[i + 1]}`] : []));
    expect(mojibake.length).toBeGreaterThan(4);
    for (const paragraph of mojibake) {
      expect(splitSections(`${paragraph}\n\n${ENGLISH}`).warnings.map((w) => w.code), paragraph).toContain('SECTION_LANGUAGE_UNCERTAIN');
    }
  });

  it('names a French paragraph as French', () => {
    const french =
      'Phnom Penh, le 4 mars 2019 – Le Gouvernement royal du Cambodge et le Programme des Nations unies pour le développement organisent une conférence nationale sur la manière de faire progresser l’innovation dans la gouvernance.';
    const { warnings } = splitSections(`${french}\n\n${ENGLISH}`);
    expect(warnings).toEqual([expect.objectContaining({ code: 'SECTION_LANGUAGE_UNCERTAIN', message: expect.stringContaining('`fra`') })]);
  });

  it('labels a document with no Khmer as one English section', () => {
    expect(splitSections(`${ENGLISH}\n\n${ENGLISH}`).sections).toEqual([{ lang: 'en', start: 0, end: ENGLISH.length * 2 + 2 }]);
  });
});
