import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { jsonSchemaErrors } from '../../test/release-validator.js';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'presspipe-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('presspipe extract', () => {
  it('prints one release that validates against the published JSON Schema', async () => {
    const file = write('release.txt', 'Phnom Penh, 04 March 2019 – The Ministry of Civil Service held a conference.\n');
    const { code, stdout, stderr } = await run(['extract', file]);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const release = JSON.parse(stdout);
    expect(release.source).toMatchObject({ filename: 'release.txt', mediaType: 'text/plain' });
    expect(jsonSchemaErrors(release)).toEqual([]);
  });

  it('fails bad input with one line naming the file, a stable code and what to do, and no stack', async () => {
    const file = write('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));
    const { code, stdout, stderr } = await run(['extract', file]);
    expect(code).toBe(EXIT.badInput);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${file}: UNREADABLE_ENCODING:`);
    expect(stderr).toMatch(/re-save the file as UTF-8/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('prints the stack with --debug', async () => {
    const { stderr } = await run(['extract', '--debug', join(dir, 'missing.pdf')]);
    expect(stderr).toContain('FILE_UNREADABLE');
    expect(stderr).toMatch(/\bat .*main\.ts/);
  });

  it('writes <id>.json for each good file with --out and goes on past a bad one', async () => {
    const good = write('good.txt', 'A release.\n');
    const empty = write('empty.txt', '');
    const out = join(dir, 'out');
    const { code, stderr } = await run(['extract', '--out', out, empty, good]);
    expect(code).toBe(EXIT.badInput);
    expect(stderr).toContain(`${empty}: EMPTY_INPUT:`);
    const written = readdirSync(out);
    expect(written).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(out, written[0]!), 'utf8')).source.filename).toBe('good.txt');
  });

  it('refuses an unknown --ocr value as a usage error', async () => {
    const { code, stderr } = await run(['extract', '--ocr', 'sometimes', write('x.txt', 'x')]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('ocr');
  });

  it('runs as `npx presspipe` through the package bin', async () => {
    const file = write('bin.txt', 'Siem Reap, 1 May 2020 – Text.\n');
    const { stdout } = await promisify(execFile)(join(import.meta.dirname, '../../bin/presspipe.js'), ['extract', file]);
    expect(JSON.parse(stdout).schemaVersion).toBe('2.1.0');
  });
});
