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
  it('stays above the floor for quotes, attribution, speakers, dates, contacts and organizations', async () => {
    expect(existsSync(corpus), `the corpus is missing at ${corpus}: set PRESSPIPE_CORPUS to ../shared/corpus`).toBe(true);
    const docs = corpusDocuments(corpus);
    expect(docs.length).toBeGreaterThanOrEqual(39);
    const { totals } = await evaluateDocuments(docs, PipelineOptionsSchema.parse({}), { ocr: createFakeOcrEngine(() => '') });
    expect(prf(totals.quotes.all).f1).toBeGreaterThanOrEqual(0.88);
    expect(prf(totals.attributedQuotes.all).f1).toBeGreaterThanOrEqual(0.78);
    expect(prf(totals.speakers.all).f1).toBeGreaterThanOrEqual(0.84);
    expect(prf(totals.date.all).f1).toBeGreaterThanOrEqual(0.7);
    expect(prf(totals.contacts.all).f1).toBeGreaterThanOrEqual(0.75);
    expect(prf(totals.organizations.all).f1).toBeGreaterThanOrEqual(0.7);
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
