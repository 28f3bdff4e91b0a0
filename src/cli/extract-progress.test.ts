import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures', name);

async function run(argv: string[], isTTY: boolean) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY });
  return { code, stdout, stderr };
}

describe('extract progress', () => {
  it('shows pages done / total and how each page was read on a terminal, then erases the line', async () => {
    const { code, stdout, stderr } = await run(['extract', fixture('bilingual-seed.pdf')], true);
    expect(code).toBe(0);
    expect(stderr).toContain('bilingual-seed.pdf: 3/3 pages (1:text 2:text 3:text)');
    expect(stderr.endsWith('\r\x1b[K')).toBe(true);
    // stdout stays one JSON document.
    expect(JSON.parse(stdout).source.pages).toBe(3);
  });

  it('is quiet when stderr is not a terminal', async () => {
    const { stderr } = await run(['extract', fixture('bilingual-seed.txt')], false);
    expect(stderr).toBe('');
  });

  it('is quiet with --quiet', async () => {
    const { stderr } = await run(['extract', '--quiet', fixture('bilingual-seed.txt')], true);
    expect(stderr).toBe('');
  });
});
