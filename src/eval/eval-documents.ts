import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TruthSchema, type Truth } from './truth-schema.js';

/** A document with its truth file. */
export interface EvalDocument {
  name: string;
  path: string;
  truth: Truth;
}

/** The corpus: every `NNN.txt` with its `NNN.truth.json`. */
export function corpusDocuments(dir: string): EvalDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const stem = f.slice(0, -'.truth.json'.length);
      return { name: `corpus/${stem}`, path: join(dir, `${stem}.txt`), truth: readTruth(join(dir, f)) };
    });
}

/**
 * The fixtures with expected JSON: `X.expected.json` is the truth of every document `X.<ext>`
 * (e.g. `bilingual-seed.txt`, `.pdf`, `.scan.pdf`) that no longer expected-file stem claims.
 */
export function fixtureDocuments(dir: string): EvalDocument[] {
  const files = readdirSync(dir);
  const stems = files.filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -'.expected.json'.length));
  const docs: EvalDocument[] = [];
  for (const file of files.sort()) {
    if (file.endsWith('.json') || file.endsWith('.md')) continue;
    const stem = stems.filter((s) => file.startsWith(`${s}.`)).sort((a, b) => b.length - a.length)[0];
    if (stem === undefined) continue;
    docs.push({ name: `fixtures/${basename(file)}`, path: join(dir, file), truth: readTruth(join(dir, `${stem}.expected.json`)) });
  }
  return docs;
}

function readTruth(path: string): Truth {
  const parsed = TruthSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a truth file: ${parsed.error.message}`);
  return parsed.data;
}
