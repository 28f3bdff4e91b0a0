import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { corpusDocuments } from '../src/eval/eval-documents.js';
import { prf } from '../src/eval/eval-report.js';
import { evaluateDocuments } from '../src/eval/evaluate-documents.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';

// The accuracy floor the foundation issue sets on ../shared/corpus; `npm run eval` prints the table.
const corpus = process.env.PRESSPIPE_CORPUS ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));

describe('extraction accuracy on the development corpus', () => {
  it('stays above the floor for quotes, attribution, speakers and dates', async () => {
    expect(existsSync(corpus), `the corpus is missing at ${corpus}: set PRESSPIPE_CORPUS to ../shared/corpus`).toBe(true);
    const docs = corpusDocuments(corpus);
    expect(docs).toHaveLength(16);
    const { totals } = await evaluateDocuments(docs, PipelineOptionsSchema.parse({}), { ocr: createFakeOcrEngine(() => '') });
    expect(prf(totals.quotes.all).f1).toBeGreaterThanOrEqual(0.8);
    expect(prf(totals.attributedQuotes.all).f1).toBeGreaterThanOrEqual(0.65);
    expect(prf(totals.speakers.all).f1).toBeGreaterThanOrEqual(0.65);
    const dates = totals.date.all;
    expect(dates.found / dates.expected).toBeGreaterThanOrEqual(0.9);
    expect(dates.predicted).toBe(dates.expected);
    expect(totals.contacts.all.predicted).toBe(0);
  });
});
