import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// A command loads only what its input needs (STYLE.md §11): these run the built bin with a module
// hook that reports every package imported or required, and check the heavy engines stay out.
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
// Module hooks see `import` only; a package that field rules `require` on first use shows through `Module._load`.
writeFileSync(
  register,
  `import Module, { register } from 'node:module';
register(${JSON.stringify(pathToFileURL(hooks).href)});
const load = Module._load;
Module._load = function (request, ...rest) {
  if (!/^(\\.|\\/|node:)/.test(request) && !Module.isBuiltin(request)) process.stderr.write('PACKAGE ' + request + '\\n');
  return load.call(this, request, ...rest);
};\n`,
);

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
    // Nor the parsers of inputs it is not: HTML, and YAML front matter (the seed has none).
    expect(loaded).not.toContain('html-to-text');
    expect(loaded).not.toContain('yaml');
  });

  it('extract of a text that opens with front matter loads the YAML parser for it', async () => {
    const file = join(dir, 'front-matter.txt');
    writeFileSync(file, '---\ntitle: Ministry opens a school\ndate: 2024-03-04\n---\n\nPHNOM PENH, 4 March 2024 - The Ministry opened a school today.\n');
    expect(await packagesLoadedBy(['extract', file])).toContain('yaml');
  });

  it('extract of a PDF whose text layer is good loads pdf.js but no image or OCR engine', async () => {
    const loaded = await packagesLoadedBy(['extract', fixture('bilingual-seed.pdf')]);
    // pdf.js itself requires @napi-rs/canvas at import, for its DOMMatrix and ImageData polyfills.
    expect(loaded.filter((name) => ENGINES.includes(name))).toEqual(['pdfjs-dist', '@napi-rs/canvas']);
  });
});
