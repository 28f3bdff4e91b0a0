import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import type { IndexStore, QuoteQuery } from '../src/index/index-store.js';
import { openIndex } from '../src/index/open-index.js';
import { dropPostgresSchemas, postgresTestUrl } from '../src/index/postgres/postgres-test-url.js';
import { searchKey } from '../src/index/search-key.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { type Release, ReleaseSchema } from '../src/schema/release.js';
import { createApiServer } from '../src/serve/api-server.js';
import { percentile, timedRuns } from './timed-runs.js';

/** A small seeded PRNG (mulberry32), so every run indexes the same archive. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Pech', 'Sok', 'Chan', 'Kim', 'Heng', 'Meas', 'Ouk', 'Chea', 'Nhem', 'Prak', 'Keo', 'Ly', 'Hun', 'Tep', 'Vann', 'Yim'];
const GIVEN = ['Bunthin', 'Dara', 'Sophea', 'Vuthy', 'Sreymom', 'Rithy', 'Chanthou', 'Piseth', 'Malis', 'Sokha', 'Veasna', 'Bopha', 'Kosal'];
const FAMILY_KM = ['ពេជ្រ', 'សុខ', 'ចាន់', 'គឹម', 'ហេង', 'មាស', 'អ៊ុក', 'ជា', 'ញឹម', 'ប្រាក់', 'កែវ', 'លី', 'ហ៊ុន', 'ទេព', 'វ៉ាន់', 'យឹម'];
const GIVEN_KM = ['ប៊ុនធីន', 'តារា', 'សុភា', 'វុទ្ធី', 'ស្រីមុំ', 'ឫទ្ធី', 'ចាន់ធូ', 'ពិសិដ្ឋ', 'ម្លិះ', 'សុខា', 'វាសនា', 'បុប្ផា', 'កុសល'];
const ROLES = ['Minister of Civil Service', 'Secretary of State', 'Resident Representative', 'Spokesperson', 'Director General', 'Governor'];
const ORGANIZATIONS: [string, string, string][] = [
  ['UN Development Programme', 'UNDP', 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ'],
  ['Ministry of Civil Service', '', 'ក្រសួងមុខងារសាធារណៈ'],
  ['Ministry of Health', '', 'ក្រសួងសុខាភិបាល'],
  ['World Health Organization', 'WHO', 'អង្គការសុខភាពពិភពលោក'],
];

/**
 * `count` releases varied from the seed: its English and Khmer sentences shuffled into new texts and
 * quotes, one of 208 people (both name forms) and four organizations, dates over 2010–2025.
 */
export async function generatedReleases(count: number): Promise<Release[]> {
  const options = PipelineOptionsSchema.parse({});
  const seed = await extractRelease(
    { bytes: new Uint8Array(readFileSync(new URL('../fixtures/bilingual-seed.txt', import.meta.url))), filename: 'seed.txt' },
    options,
    { ocr: createFakeOcrEngine(() => '') },
  );
  const english = seed.text.split(/(?<=[.!?])\s+/).filter((s) => /^[A-Z][^\n]{40,}$/.test(s));
  const khmer = seed.text.split(/(?<=។)\s*|\s+(?=[ក-អ])/).filter((s) => /^[\u1780-\u17FF][^\n]{20,}$/u.test(s));
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const shuffled = (sentence: string) => sentence.split(' ').sort(() => next() - 0.5).join(' ');
  const releases: Release[] = [];
  for (let i = 0; i < count; i++) {
    const people = [0, 1].map(() => {
      const [f, g] = [Math.floor(next() * FAMILY.length), Math.floor(next() * GIVEN.length)];
      const en = `${FAMILY[f]} ${GIVEN[g]}`;
      const [name, acronym] = pick(ORGANIZATIONS);
      return { name: en, names: { en, km: `${FAMILY_KM[f]} ${GIVEN_KM[g]}` }, role: pick(ROLES), organization: acronym || name, evidence: seed.speakers[0]!.evidence, mentions: [] };
    });
    const quotes = people.flatMap((person, p) => [
      { kind: 'direct' as const, text: shuffled(pick(english)), lang: 'en' as const, speaker: person.name, alignedWith: 2 * p + 1, evidence: { start: 0, end: 1, page: 1 } },
      { kind: next() < 0.3 ? ('reported' as const) : ('direct' as const), text: shuffled(pick(khmer)), lang: 'km' as const, speaker: person.name, alignedWith: 2 * p, evidence: { start: 0, end: 1, page: 1 } },
    ]);
    const body = Array.from({ length: 10 }, () => shuffled(next() < 0.5 ? pick(english) : pick(khmer)));
    const year = 2010 + Math.floor(next() * 16);
    const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    releases.push(
      ReleaseSchema.parse({
        ...seed,
        id: createHash('sha256').update(`generated-${i}`).digest('hex'),
        source: { ...seed.source, filename: `generated-${i}.txt` },
        text: [...body, ...quotes.map((q) => q.text)].join('\n'),
        date,
        speakers: people,
        quotes,
        organizations: ORGANIZATIONS.filter(() => next() < 0.5).map(([name, acronym, km]) => ({
          name,
          ...(acronym ? { acronym } : {}),
          names: { en: name, km },
          evidence: { start: 0, end: 1 },
          mentions: [],
        })),
      }),
    );
  }
  return releases;
}

const KHMER_SUBSTRING = 'សេវាសាធារណៈ';
const QUERIES: [string, QuoteQuery][] = [
  ['English word', { text: 'innovation' }],
  ['Khmer substring', { text: KHMER_SUBSTRING }],
  ['speaker filter', { speaker: 'Sok Dara' }],
];

async function latencies(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times = await timedRuns(runs, fn);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Builds each store from the generated releases and measures size and quote query latency, in-process and over HTTP. */
export async function runIndexBench(count: number, runs: number): Promise<string> {
  const releases = await generatedReleases(count);
  const dir = mkdtempSync(join(tmpdir(), 'presspipe-index-bench-'));
  const schema = `presspipe_bench_${process.pid}`;
  const lines = [`${count} generated releases (${releases.reduce((n, r) => n + r.quotes.length, 0)} quotes), ${runs} runs per query after one warm-up`, ''];
  lines.push('| store | build | size | query | library p50 / p95 | HTTP p50 / p95 | hits |', '|---|---|---|---|---|---|---|');
  try {
    for (const [name, location] of [
      ['SQLite', join(dir, 'index.sqlite')],
      ['PostgreSQL', `${postgresTestUrl()}?schema=${schema}`],
    ] as const) {
      let store: IndexStore;
      try {
        store = await openIndex(location);
      } catch (error) {
        lines.push(`| ${name} | skipped: ${(error as Error).message} | | | | | |`);
        continue;
      }
      const start = performance.now();
      for (const release of releases) await store.upsertRelease(release);
      const buildSeconds = (performance.now() - start) / 1000;
      const counts = await store.counts();
      const size = name === 'SQLite' ? await sqliteSize(location) : await postgresSize(schema);
      const server = createApiServer({ store, version: 'bench', webDir: dir, maxUploadBytes: 1 });
      // fetch keeps sockets open across the library runs; a server closing them meanwhile resets the next request.
      server.keepAliveTimeout = 600_000;
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // The baseline, in the same run and store: one pass over every quote for the Khmer substring, no index.
      const scanner = await fullScan(name === 'SQLite' ? { file: location } : { schema }, searchKey(KHMER_SUBSTRING));
      const scan = await latencies(runs, scanner.run);
      await scanner.close();
      lines.push(`| ${name} | | | baseline: substring scan of every quote | ${scan.p50.toFixed(1)} / ${scan.p95.toFixed(1)} ms | | |`);
      for (const [label, query] of QUERIES) {
        const library = await latencies(runs, () => store.searchQuotes(query));
        const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
        const http = await latencies(runs, async () => (await fetch(`${base}/quotes?${params}`)).json());
        const { total } = await store.searchQuotes(query);
        lines.push(
          `| ${name} | ${buildSeconds.toFixed(1)} s (${(buildSeconds * 1000 / count).toFixed(1)} ms/release; ${counts.releases} releases, ${counts.people} people) | ${(size / 2 ** 20).toFixed(0)} MiB | ${label} | ${library.p50.toFixed(1)} / ${library.p95.toFixed(1)} ms (${(library.p50 / scan.p50).toFixed(2)}× scan) | ${http.p50.toFixed(1)} / ${http.p95.toFixed(1)} ms (${(http.p50 / scan.p50).toFixed(2)}× scan) | ${total} |`,
        );
      }
      server.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropPostgresSchemas([schema]);
  }
  lines.push('', `Build: one upsert (a transaction) per release, as \`presspipe index\` does. Load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`);
  return lines.join('\n');
}

/** A query reading every quote's search key for `key`, straight on the store's tables. */
async function fullScan(at: { file: string } | { schema: string }, key: string): Promise<{ run: () => Promise<unknown>; close: () => Promise<void> }> {
  if ('file' in at) {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(at.file, { readonly: true });
    const statement = db.prepare('SELECT count(*) AS n FROM quotes WHERE instr(search_key, ?) > 0');
    return { run: async () => statement.get(key), close: async () => void db.close() };
  }
  const client = new pg.Client({ connectionString: postgresTestUrl(), options: `-c search_path=${at.schema}` });
  await client.connect();
  return { run: () => client.query('SELECT count(*) AS n FROM quotes WHERE strpos(search_key, $1) > 0', [key]), close: () => client.end() };
}

async function sqliteSize(file: string): Promise<number> {
  return ['', '-wal'].reduce((n, suffix) => n + (statSync(`${file}${suffix}`, { throwIfNoEntry: false })?.size ?? 0), 0);
}

async function postgresSize(schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  await client.connect();
  const { rows } = await client.query(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
    [schema],
  );
  await client.end();
  return Number(rows[0].bytes);
}
