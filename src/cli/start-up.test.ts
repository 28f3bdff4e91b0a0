import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// A command loads only what its input needs (STYLE.md §11): these run the built bin with a module
// hook that reports every package imported, and check the heavy engines stay out.
const dir = mkdtempSync(join(tmpdir(), 'presspipe-start-up-'));
const hooks = join(dir, 'report-packages.mjs');
writeFileSync(
  hooks,
  `export async function resolve(specifier, context, next) {
  if (!/^(\\.|\\/|node:|file:)/.test(specifier)) process.stderr.write('PACKAGE ' + specifier + '\\n');
  return next(specifier, context);
}\n`,
);
const register = join(dir, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);

const bin = join(import.meta.dirname, '../../bin/presspipe.js');
const fixture = (name: string) => join(import.meta.dirname, '../../fixtures', name);

async function packagesLoadedBy(args: string[]): Promise<string[]> {
  const { stderr } = await promisify(execFile)(process.execPath, ['--import', register, bin, ...args]);
  const specifiers = stderr.split('\n').flatMap((line) => (line.startsWith('PACKAGE ') ? [line.slice('PACKAGE '.length)] : []));
  // `@scope/name/sub` and `name/sub` are the packages `@scope/name` and `name`.
  return [...new Set(specifiers.map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')))];
}

const ENGINES = ['sharp', 'tesseract.js', 'pdfjs-dist', '@napi-rs/canvas', 'bullmq', 'ioredis'];

describe('what a command loads', () => {
  it('--help loads commander and nothing of the pipeline', async () => {
    expect(await packagesLoadedBy(['--help'])).toEqual(['commander']);
  });

  it('extract of a text file loads no PDF, image, OCR or queue engine', async () => {
    const loaded = await packagesLoadedBy(['extract', fixture('bilingual-seed.txt')]);
    expect(loaded).toContain('franc');
    expect(loaded.filter((name) => ENGINES.includes(name))).toEqual([]);
  });

  it('extract of a PDF whose text layer is good loads pdf.js but no image or OCR engine', async () => {
    const loaded = await packagesLoadedBy(['extract', fixture('bilingual-seed.pdf')]);
    expect(loaded.filter((name) => ENGINES.includes(name))).toEqual(['pdfjs-dist']);
  });
});
