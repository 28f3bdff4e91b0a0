import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { TruthSchema } from '../src/eval/truth-schema.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import type { Release } from '../src/schema/release.js';
import { jsonSchemaErrors } from './release-validator.js';

// The seed release from ../shared/seed, as text and as a text-layer PDF, against the fields read
// off the document by hand (fixtures/bilingual-seed.expected.json).
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const truth = TruthSchema.parse(JSON.parse(readFileSync(new URL('../fixtures/bilingual-seed.expected.json', import.meta.url), 'utf8')));
const ocr = createFakeOcrEngine(() => {
  throw new Error('the seed has a good text layer: no page should be OCRed');
});
const extract = (name: string) => extractRelease({ bytes: fixture(name), filename: name }, PipelineOptionsSchema.parse({}), { ocr });
const squash = (s: string) => s.replace(/\s+/g, '');

/** The fields a downstream system reads, without offsets (which differ between text and PDF). */
const fields = (r: Release) => ({
  date: r.date,
  place: r.place,
  title: r.title,
  languages: r.languages,
  speakers: r.speakers.map(({ name, names, role, organization }) => ({ name, names, role, organization })),
  quotes: r.quotes.map(({ lang, speaker, alignedWith, text }) => ({ lang, speaker, alignedWith, text: squash(text) })),
  contacts: r.contacts.map(({ evidence: _, ...c }) => c),
  organizations: r.organizations.map(({ name, acronym, names }) => ({ name, acronym, names })),
});

describe.each(['bilingual-seed.txt', 'bilingual-seed.pdf'])('the seed release from %s', (name) => {
  const release = extract(name);

  it('validates against the published JSON Schema', async () => {
    expect(jsonSchemaErrors(await release)).toEqual([]);
  });

  it('has the date, place and both titles', async () => {
    const r = await release;
    expect(r.date).toBe(truth.date);
    expect(r.place).toBe(truth.place);
    expect(r.title).toEqual({ en: truth.title_en, km: truth.title_km });
    expect(r.languages).toEqual(['km', 'en']);
  });

  it('has the two speakers, each with his Khmer name and role', async () => {
    const r = await release;
    expect(r.speakers.map((s) => s.name)).toEqual(['Pech Bunthin', 'Nick Beresford']);
    const [pech, nick] = r.speakers;
    expect(pech).toMatchObject({ names: { en: 'Pech Bunthin', km: 'ពេជ្រ ប៊ុនធីន' }, role: 'Minister of Civil Service' });
    expect(nick).toMatchObject({ names: { en: 'Nick Beresford' }, role: 'Resident Representative', organization: 'UNDP' });
  });

  it('has four whole quotes, attributed and paired with their translations', async () => {
    const r = await release;
    expect(r.quotes).toHaveLength(truth.quotes.length);
    truth.quotes.forEach((want, i) => {
      const got = r.quotes[i]!;
      expect(got).toMatchObject({ lang: want.lang, speaker: want.speaker });
      expect(squash(got.text).startsWith(squash(want.text_start))).toBe(true);
      expect(squash(got.text).endsWith(squash(want.text_end!))).toBe(true);
      expect(r.text.slice(got.evidence.start, got.evidence.end)).toBe(got.text);
    });
    expect(r.quotes.map((q) => q.alignedWith)).toEqual([2, 3, 0, 1]);
  });

  it('leaves out the quoted vision statement, which nobody says', async () => {
    const r = await release;
    for (const notQuote of truth.not_quotes) expect(r.quotes.some((q) => q.text.startsWith(notQuote))).toBe(false);
  });

  it('has the press contact with email and URL', async () => {
    const r = await release;
    expect(r.contacts[0]).toMatchObject({ name: 'Samruol Im', email: 'samruol.im@undp.org', url: 'https://bit.ly/2TkCi5e' });
  });

  it('has UNDP, the Ministry of Civil Service and the Royal Government with their Khmer names', async () => {
    const r = await release;
    const byEnglish = new Map(r.organizations.map((o) => [o.names.en, o]));
    expect(byEnglish.get('UN Development Programme')).toMatchObject({ acronym: 'UNDP', names: { km: 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ' } });
    expect(byEnglish.get('Ministry of Civil Service')?.names.km).toBe('ក្រសួងមុខងារសាធារណៈ');
    expect(byEnglish.get('Royal Government of Cambodia')?.names.km).toBe('រាជរដ្ឋាភិបាលកម្ពុជា');
  });

  it('points every piece of evidence at its page', async () => {
    const r = await release;
    const pages = r.source.pages;
    for (const e of [...r.quotes, ...r.contacts].map((x) => x.evidence)) {
      expect(e.page).toBeGreaterThanOrEqual(1);
      expect(e.page).toBeLessThanOrEqual(pages);
    }
  });
});

describe('the seed from PDF and from text', () => {
  it('gives the same fields', async () => {
    const [txt, pdf] = await Promise.all([extract('bilingual-seed.txt'), extract('bilingual-seed.pdf')]);
    expect(fields(pdf)).toEqual(fields(txt));
  });

  it('puts the quote that crosses a page break on the page it starts', async () => {
    const pdf = await extract('bilingual-seed.pdf');
    const english = pdf.quotes.find((q) => q.lang === 'en' && q.speaker === 'Pech Bunthin')!;
    expect(english.evidence.page).toBe(2);
    expect(english.text).toContain('globally competitive, and realize its goals');
  });
});
