import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { dropPostgresSchemas, postgresTestUrl } from '../src/index/postgres/postgres-test-url.js';

// The must-show case of the index: the seed release imported as text, PDF and scan (real OCR) is one
// release, its quotes are listed once, found in either language, by speaker, on both stores.
const dir = mkdtempSync(join(tmpdir(), 'presspipe-seed-index-'));
const schema = `presspipe_seed_${process.pid}_${Date.now().toString(36)}`;
const STORES = [
  ['SQLite', join(dir, 'index.sqlite')],
  ['PostgreSQL', `${postgresTestUrl()}?schema=${schema}`],
] as const;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const formats = ['bilingual-seed.txt', 'bilingual-seed.pdf', 'bilingual-seed.scan.pdf'];
  for (const name of formats) copyFileSync(new URL(`../fixtures/${name}`, import.meta.url), join(dir, name));
  const extracted = await run('extract', ...formats.map((f) => join(dir, f)), '--out', dir);
  expect(extracted.code, extracted.stderr).toBe(0);
}, 300_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropPostgresSchemas([schema]);
});

describe.each(STORES)('the seed in three formats, indexed in %s', (_name, index) => {
  beforeAll(async () => {
    const indexed = await run('index', dir, '--index', index);
    expect(indexed.code, indexed.stderr).toBe(0);
    expect(indexed.stderr).toContain('index holds 1 releases, 3 sources');
  });

  it('finds the minister\'s English quote on "public services" once, with speaker, role and date', async () => {
    const { code, stdout } = await run('quotes', 'public services', '--lang', 'en', '--index', index, '--format', 'json');
    expect(code).toBe(0);
    const page = JSON.parse(stdout);
    expect(page.total).toBe(1);
    expect(page.hits[0]).toMatchObject({
      lang: 'en',
      date: '2019-03-04',
      speaker: { name: 'Pech Bunthin', role: 'Minister of Civil Service' },
    });
    expect(page.hits[0].text).toMatch(/^These drivers are indispensable/);
  });

  it('finds the Khmer quote by a Khmer substring', async () => {
    const { stdout } = await run('quotes', 'ឆ្លើយតបទៅតាមការរំពឹងទុក', '--index', index, '--format', 'jsonl');
    const hits = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ lang: 'km', speaker: { names: { km: 'ពេជ្រ ប៊ុនធីន' } } });
    expect(hits[0].text).toContain('កម្លាំងចលករទាំងនេះ');
  });

  it('--speaker Beresford returns his English quote and its Khmer translation', async () => {
    const { stdout } = await run('quotes', '--speaker', 'Beresford', '--index', index, '--format', 'csv');
    expect(stdout.startsWith('\uFEFFrelease,date,lang,')).toBe(true);
    const rows = stdout.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    const english = rows.find((r) => r.includes(',en,direct,Nick Beresford,'))!;
    expect(english).toContain('when new ideas come from the civil servants themselves');
    expect(english).toContain('នៅពេលដែលគំនិតថ្មីមានប្រភពចេញពី');
  });

  it('lists Pech Bunthin once, with both name forms', async () => {
    const { stdout } = await run('speakers', '--index', index, '--format', 'json');
    const people = JSON.parse(stdout).filter((p: { names: { en?: string } }) => p.names.en === 'Pech Bunthin');
    expect(people).toHaveLength(1);
    expect(people[0].names).toEqual({ en: 'Pech Bunthin', km: 'ពេជ្រ ប៊ុនធីន' });
  });
});
