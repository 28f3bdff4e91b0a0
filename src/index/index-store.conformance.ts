import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractRelease } from '../pipeline/extract-release.js';
import { openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import type { Release } from '../schema/release.js';
import type { IndexStore } from './index-store.js';
import { MIN_TRIGRAM_COVERAGE, searchKey, trigramCoverage } from './search-key.js';
import { organization, quote, speaker, testRelease } from './test-releases.js';

/** The seed release extracted from its text and its PDF: two files, one release. */
async function seedReleases(): Promise<{ text: Release; pdf: Release }> {
  const options = PipelineOptionsSchema.parse({ ocr: 'never' });
  const deps = await openPipelineDeps(options);
  try {
    const read = async (name: string) =>
      extractRelease({ bytes: await readFile(new URL(`../../fixtures/${name}`, import.meta.url)), filename: name }, options, deps);
    return { text: await read('bilingual-seed.txt'), pdf: await read('bilingual-seed.pdf') };
  } finally {
    await deps.close();
  }
}

// A Khmer-only release naming the minister only in Khmer, two years later and in another role.
const khmerOnly = testRelease('khmer-only', {
  date: '2021-06-01',
  speakers: [speaker('ពេជ្រ ប៊ុនធីន', { km: 'ពេជ្រ ប៊ុនធីន' }, { role: 'ឧបនាយករដ្ឋមន្ត្រី', organization: 'ក្រសួងមុខងារសាធារណៈ' })],
  quotes: [quote('រដ្ឋបាលឌីជីថលនឹងជួយប្រជាពលរដ្ឋនៅតាមខេត្តទាំងអស់', 'km', 'ពេជ្រ ប៊ុនធីន', { kind: 'reported' })],
});
// An English-only release with the honorific written into the name and UNDP under its full name.
const englishOnly = testRelease('english-only', {
  date: '2018-01-15',
  speakers: [
    speaker('H.E. Pech Bunthin', { en: 'H.E. Pech Bunthin' }, { role: 'Secretary of State' }),
    speaker('Helena Mok', { en: 'Helena Mok' }, { role: 'Programme Analyst', organization: 'United Nations Development Programme' }),
  ],
  organizations: [organization('United Nations Development Programme', { en: 'United Nations Development Programme' }, 'UNDP')],
  quotes: [
    quote('Digital government starts with the people who serve citizens.', 'en', 'H.E. Pech Bunthin'),
    quote('We measured the waiting times at every provincial office.', 'en', 'Helena Mok', { kind: 'reported' }),
  ],
});

/**
 * One suite for every `IndexStore`: the behaviour analysts rely on, whichever store holds the index.
 * `open` gives a fresh, empty index each time.
 */
export function describeIndexStore(name: string, open: () => Promise<IndexStore>): void {
  describe(`index store: ${name}`, () => {
    let store: IndexStore;
    let seed: { text: Release; pdf: Release };
    beforeAll(async () => {
      seed = await seedReleases();
      store = await open();
      await store.upsertRelease(englishOnly);
      await store.upsertRelease(seed.text, { jsonPath: '/archive/json/seed.json', documentPath: '/archive/in/bilingual-seed.txt' });
      await store.upsertRelease(khmerOnly);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('upserts by source id: the same release again replaces it, nothing doubles', async () => {
      const before = await store.counts();
      const outcome = await store.upsertRelease(seed.text);
      expect(outcome.status).toBe('replaced');
      expect(await store.counts()).toEqual(before);
    });

    it('takes another format of a known release (near-identical text, same date) as one more source, not a new release', async () => {
      const before = await store.counts();
      const outcome = await store.upsertRelease(seed.pdf);
      expect(outcome).toMatchObject({ status: 'added', releaseId: seed.text.id, sourceId: seed.pdf.id });
      expect(await store.counts()).toMatchObject({ releases: before.releases, sources: before.sources + 1, quotes: before.quotes });
      const stored = await store.getRelease(seed.pdf.id);
      expect(stored?.id).toBe(seed.text.id);
      expect(stored?.sources.map((s) => s.mediaType).sort()).toEqual(['application/pdf', 'text/plain']);
    });

    it('keeps different releases apart even when they share a speaker', async () => {
      expect((await store.counts()).releases).toBe(3);
    });

    it('finds English words by their stem and ranks the exact phrase first', async () => {
      const page = await store.searchQuotes({ text: 'public service', lang: 'en' });
      expect(page.hits.map((h) => h.speaker?.name)).toEqual(['Pech Bunthin']);
      expect(page.hits[0]).toMatchObject({ date: '2019-03-04', speaker: { role: 'Minister of Civil Service' } });
      expect(page.hits[0]!.text).toContain('public services');
    });

    it('finds a Khmer substring inside a word run, and the hit carries its English translation', async () => {
      const page = await store.searchQuotes({ text: 'កម្ពុជាអាចផ្តល់សេវាសាធារណៈ' });
      expect(page.total).toBe(1);
      expect(page.hits[0]).toMatchObject({ lang: 'km', speaker: { name: 'Pech Bunthin' } });
      expect(page.hits[0]!.alignedWith).toMatchObject({ lang: 'en' });
      expect(page.hits[0]!.alignedWith!.text).toContain('public services');
    });

    it('normalizes the query like the text: a zero-width space and decomposed marks still match', async () => {
      const page = await store.searchQuotes({ text: 'កម្ពុជា\u200Bអាចផ្តល់សេវា' });
      expect(page.total).toBe(1);
    });

    it('tolerates a misread character in a long Khmer query, ranked below exact matches', async () => {
      const misread = 'ដើម្បីឱ្យកម្ពុជាអាចផ្តល់សេវាសាធារណៈ'.replace('ផ្តល់', 'ផ្គល់');
      const page = await store.searchQuotes({ text: misread });
      expect(page.hits.map((h) => h.speaker?.name)).toContain('Pech Bunthin');
      expect(page.hits[0]!.score).toBeLessThan(2);
    });

    it('matches a Khmer query on exactly the quotes holding enough of its trigrams, whatever the index fetched', async () => {
      const all = (await store.searchQuotes({ limit: 50 })).hits;
      const queries = ['កម្ពុជា', 'សេវា', 'ប្រជាពលរដ្ឋនៅតាមខេត្ត'.replace('នៅ', 'នូ'), 'ដើម្បីឱ្យកម្ពុជាអាចផ្តល់សេវាសាធារណៈ'.replace('ផ្តល់', 'ផ្គល់'), 'ឌីជីថលសាធារណៈ'];
      for (const text of queries) {
        const key = searchKey(text);
        const expected = all.filter((h) => trigramCoverage(key, searchKey(h.text)) >= MIN_TRIGRAM_COVERAGE).map((h) => h.quoteId);
        const page = await store.searchQuotes({ text, limit: 50 });
        expect(page.hits.map((h) => h.quoteId).sort(), text).toEqual(expected.sort());
      }
    });

    it('finds nothing for words no quote holds', async () => {
      expect((await store.searchQuotes({ text: 'submarine' })).total).toBe(0);
    });

    it('resolves one person across scripts, honorifics and releases, with roles over time', async () => {
      const people = await store.listSpeakers({ name: 'Pech' });
      expect(people).toHaveLength(1);
      expect(people[0]!.names).toEqual({ en: 'Pech Bunthin', km: 'ពេជ្រ ប៊ុនធីន' });
      expect(people[0]!.roles.map((r) => [r.role, r.first])).toEqual([
        ['Secretary of State', '2018-01-15'],
        ['Minister of Civil Service', '2019-03-04'],
        ['ឧបនាយករដ្ឋមន្ត្រី', '2021-06-01'],
      ]);
      expect((await store.listSpeakers({ name: 'ប៊ុនធីន' })).map((p) => p.id)).toEqual([people[0]!.id]);
      const quotes = await store.searchQuotes({ speaker: 'Pech Bunthin', limit: 50 });
      expect(quotes.hits.map((h) => h.lang).sort()).toEqual(['en', 'en', 'km', 'km']);
      const timeline = await store.person(people[0]!.id);
      expect(timeline?.timeline).toEqual([
        { year: '2018', lang: 'en', quotes: 1 },
        { year: '2019', lang: 'en', quotes: 1 },
        { year: '2019', lang: 'km', quotes: 1 },
        { year: '2021', lang: 'km', quotes: 1 },
      ]);
    });

    it('filters by a part of the speaker name and returns the quote with its translation', async () => {
      const page = await store.searchQuotes({ speaker: 'Beresford' });
      expect(page.hits.map((h) => h.lang).sort()).toEqual(['en', 'km']);
      const english = page.hits.find((h) => h.lang === 'en')!;
      expect(english.alignedWith?.text).toBe(page.hits.find((h) => h.lang === 'km')!.text);
    });

    it('resolves an organization by acronym, English and Khmer name into one record', async () => {
      const organizations = await store.listOrganizations({ name: 'UNDP' });
      expect(organizations).toHaveLength(1);
      expect(organizations[0]!.acronym).toBe('UNDP');
      expect(organizations[0]!.names.km).toBe('កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ');
      expect(organizations[0]!.aliases).toEqual(expect.arrayContaining(['United Nations Development Programme', 'UN Development Programme']));
      expect(organizations[0]!.releases).toBe(2);
      const byOrg = await store.searchQuotes({ organization: 'United Nations Development Programme' });
      expect(new Set(byOrg.hits.map((h) => h.speaker?.name))).toEqual(new Set(['Nick Beresford', 'Helena Mok']));
    });

    it('filters by language, kind, date range and release, and pages the ranked hits', async () => {
      expect((await store.searchQuotes({ kind: 'reported' })).hits.map((h) => h.speaker?.name).sort()).toEqual(['Helena Mok', 'Pech Bunthin']);
      expect((await store.searchQuotes({ from: '2019-01-01', to: '2019-12-31' })).total).toBe(4);
      expect((await store.searchQuotes({ from: '2020-01-01' })).hits.map((h) => h.lang)).toEqual(['km']);
      expect((await store.searchQuotes({ release: seed.pdf.id, lang: 'km' })).total).toBe(2);
      const all = await store.searchQuotes({ limit: 50 });
      expect(all.total).toBe(7);
      const pages = [await store.searchQuotes({ limit: 3 }), await store.searchQuotes({ limit: 3, offset: 3 }), await store.searchQuotes({ limit: 3, offset: 6 })];
      expect(pages.flatMap((p) => p.hits.map((h) => h.quoteId))).toEqual(all.hits.map((h) => h.quoteId));
    });

    it('takes the quotes of a release from its PDF text layer (pages a reader can open), and keeps every source', async () => {
      const stored = await store.getRelease(seed.text.id);
      expect(stored?.primarySourceId).toBe(seed.pdf.id);
      expect(stored?.sources.find((s) => s.id === seed.text.id)).toMatchObject({ documentPath: '/archive/in/bilingual-seed.txt' });
      expect(stored?.release.quotes).toHaveLength(seed.pdf.quotes.length);
      expect((await store.searchQuotes({ speaker: 'Beresford', lang: 'en' })).hits[0]).toMatchObject({ sourceId: seed.pdf.id, page: 3 });
      expect(await store.getRelease('0'.repeat(64))).toBeNull();
    });

    it('merges two people made apart once a bilingual release pairs their names', async () => {
      const fresh = await open();
      try {
        await fresh.upsertRelease(englishOnly);
        await fresh.upsertRelease(khmerOnly);
        expect((await fresh.listSpeakers({ name: 'Pech' })).length + (await fresh.listSpeakers({ name: 'ពេជ្រ' })).length).toBe(2);
        await fresh.upsertRelease(seed.text);
        const people = await fresh.listSpeakers({ name: 'ពេជ្រ' });
        expect(people).toHaveLength(1);
        expect(people[0]!.quotes).toBe(4);
        expect((await fresh.listSpeakers({ name: 'Pech' })).map((p) => p.id)).toEqual([people[0]!.id]);
      } finally {
        await fresh.close();
      }
    });
  });
}
