import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type CorpusHalf, corpusHalf } from './corpus-split.js';
import { TruthSchema, type Truth } from './truth-schema.js';

/**
 * The ways a corpus text reaches the pipeline: the text itself, a PDF printed from it, a scan of
 * that PDF (both made by `fixtures/scripts/make-corpus-renderings.sh`), and the publisher's own
 * PDF where the corpus has one.
 */
export const EVAL_INPUTS = ['text', 'pdf', 'scan', 'original'] as const;
export type EvalInput = (typeof EVAL_INPUTS)[number];

/** A document with its truth file; corpus documents also say which half and input path they are. */
export interface EvalDocument {
  name: string;
  path: string;
  truth: Truth;
  corpus?: { stem: string; half: CorpusHalf; input: EvalInput };
}

/** Where the corpus renderings are and which input paths to take. */
export interface CorpusInputs {
  /**
   * Input paths to list, each for every document that has it.
   * @defaultValue ['text']
   */
  inputs?: readonly EvalInput[];
  /** Folder with `NNN.pdf` and `NNN.scan.pdf`; needed for the `pdf` and `scan` inputs. */
  renderings?: string;
}

/**
 * The corpus: every `NNN.txt` with its `NNN.truth.json`, once per input path asked for, input by
 * input. A missing rendering is an error (regenerate them), a missing original PDF is not: only
 * some documents came as PDFs.
 */
export function corpusDocuments(dir: string, { inputs = ['text'], renderings }: CorpusInputs = {}): EvalDocument[] {
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => f.slice(0, -'.truth.json'.length));
  const docs: EvalDocument[] = [];
  for (const input of inputs) {
    for (const stem of stems) {
      const path = inputPath(dir, stem, input, renderings);
      if (path === null) continue;
      const name = input === 'text' ? `corpus/${stem}` : `corpus/${stem} ${input}`;
      docs.push({ name, path, truth: readTruth(join(dir, `${stem}.truth.json`)), corpus: { stem, half: corpusHalf(stem), input } });
    }
  }
  return docs;
}

function inputPath(dir: string, stem: string, input: EvalInput, renderings: string | undefined): string | null {
  if (input === 'text') return join(dir, `${stem}.txt`);
  if (input === 'original') return existsSync(join(dir, `${stem}.pdf`)) ? join(dir, `${stem}.pdf`) : null;
  if (renderings === undefined) throw new TypeError(`Expected a renderings folder for the \`${input}\` input, got none`);
  const path = join(renderings, input === 'pdf' ? `${stem}.pdf` : `${stem}.scan.pdf`);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`bash fixtures/scripts/make-corpus-renderings.sh\` to render the corpus`);
  }
  return path;
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
