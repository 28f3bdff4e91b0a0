import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
};
const fixture = (name: string) => join(import.meta.dirname, '../../fixtures', name);

describe('presspipe import keeps the quote index', () => {
  it('indexes what it imported into <out>/index.sqlite, so quotes can be searched at once; --no-index leaves it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'presspipe-import-index-'));
    mkdirSync(join(root, 'in', 'sub'), { recursive: true });
    copyFileSync(fixture('bilingual-seed.txt'), join(root, 'in', 'seed.txt'));
    copyFileSync(fixture('bilingual-seed.pdf'), join(root, 'in', 'sub', 'seed.pdf'));
    const out = join(root, 'out');

    const imported = await run(['import', join(root, 'in'), '--out', out]);
    expect(imported.code, imported.stderr).toBe(EXIT.ok);
    expect(imported.stderr).toMatch(/index holds 1 releases, 2 sources/);

    const found = await run(['quotes', 'public services', '--lang', 'en', '--format', 'json', '--index', join(out, 'index.sqlite')]);
    expect(found.code, found.stderr).toBe(EXIT.ok);
    const { total, hits } = JSON.parse(found.stdout) as { total: number; hits: { kind: string; text: string }[] };
    expect(total).toBe(1);
    expect(hits[0]!.kind).toBe('direct');
    expect(hits[0]!.text).toMatch(/public services/);
    expect(JSON.stringify(hits[0])).toContain('Pech Bunthin');

    const elsewhere = join(root, 'out2');
    const unindexed = await run(['import', join(root, 'in'), '--out', elsewhere, '--no-index']);
    expect(unindexed.code, unindexed.stderr).toBe(EXIT.ok);
    expect(existsSync(join(elsewhere, 'index.sqlite'))).toBe(false);
  });
});
