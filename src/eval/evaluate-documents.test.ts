import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { createFakeOcrEngine } from '../ocr/fake-ocr-engine.js';
import type { EvalDocument } from './eval-documents.js';
import { evaluateDocuments } from './evaluate-documents.js';
import { TruthSchema } from './truth-schema.js';

const truth = TruthSchema.parse({ languages: ['en'], date: '2020-03-05', place: null, speakers: [], quotes: [], contacts: [], organizations: [] });

describe('evaluateDocuments', () => {
  it('runs documents side by side yet reports them in their order, each with its progress call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presspipe-eval-'));
    // A long document first and a short one second, so the second finishes first when run together.
    const long = `PRESS RELEASE\n\nPhnom Penh, March 5, 2020 — ${'The ministry met the donors. '.repeat(400)}\n`;
    writeFileSync(join(dir, 'long.txt'), long);
    writeFileSync(join(dir, 'short.txt'), 'A note without a date.\n');
    const docs: EvalDocument[] = ['long', 'short'].map((name) => ({ name, path: join(dir, `${name}.txt`), truth }));
    const progress: string[] = [];
    const { documents, totals } = await evaluateDocuments(docs, PipelineOptionsSchema.parse({}), { ocr: createFakeOcrEngine(() => '') }, {
      concurrency: 2,
      onScored: (s, done, total) => progress.push(`${done}/${total} ${s.document.name}`),
    });
    expect(documents.map((d) => d.document.name)).toEqual(['long', 'short']);
    expect(documents.map((d) => d.pages)).toEqual([1, 1]);
    expect(progress.map((p) => p.slice(0, 4))).toEqual(['1/2 ', '2/2 ']);
    expect(totals.date.all.expected).toBe(2);
  });
});
