import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { CORPUS_SPLIT } from '../src/eval/corpus-split.js';
import { corpusDocuments } from '../src/eval/eval-documents.js';
import { prf } from '../src/eval/eval-report.js';
import { evaluateDocuments } from '../src/eval/evaluate-documents.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';

// A floor under today's figures on ../shared/corpus, so a change that loses accuracy fails here;
// `npm run eval` prints the table, with the dev and held-out halves apart.
const corpus = process.env.PRESSPIPE_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

describe('extraction accuracy on the development corpus', () => {
  it('stays above the floor on every field', async () => {
    expect(existsSync(corpus), `the corpus is missing at ${corpus}: set PRESSPIPE_CORPUS to ../shared/corpus`).toBe(true);
    const docs = corpusDocuments(corpus);
    expect(docs.length).toBeGreaterThanOrEqual(39);
    const { totals } = await evaluateDocuments(docs, PipelineOptionsSchema.parse({}), { ocr: createFakeOcrEngine(() => '') });
    const floors: [keyof typeof totals, number][] = [
      ['date', 0.97],
      ['eventDate', 0.9],
      ['place', 0.93],
      ['title', 0.87],
      ['speakers', 0.95],
      ['quotes', 0.97],
      ['attributedQuotes', 0.93],
      ['reported', 0.74],
      ['contacts', 0.88],
      ['organizations', 0.82],
    ];
    for (const [field, floor] of floors) expect(prf(totals[field].all).f1, field).toBeGreaterThanOrEqual(floor);
  });
});

describe('the corpus split and renderings', () => {
  it('puts every corpus document in exactly one half', () => {
    const stems = readdirSync(corpus)
      .filter((f) => f.endsWith('.truth.json'))
      .map((f) => f.slice(0, -'.truth.json'.length));
    const halves = [...CORPUS_SPLIT.dev, ...CORPUS_SPLIT.heldOut];
    expect(new Set(halves).size).toBe(halves.length);
    expect([...halves].sort()).toEqual(stems.sort());
  });

  it('has a text PDF and a scan in fixtures/corpus for every corpus text', () => {
    const renderings = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));
    const docs = corpusDocuments(corpus, { inputs: ['text', 'pdf', 'scan'], renderings });
    const count = (input: string) => docs.filter((d) => d.corpus?.input === input).length;
    expect([count('pdf'), count('scan')]).toEqual([count('text'), count('text')]);
  });
});
