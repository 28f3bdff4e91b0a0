import { describe, expect, it } from 'vitest';
import { corpusSummary, documentLines, formatColumns, inputColumns, splitColumns } from './corpus-report.js';
import { corpusHalf } from './corpus-split.js';
import type { EvalInput } from './eval-documents.js';
import type { ScoredDocument } from './evaluate-documents.js';
import { type DocumentScore, SCORED_FIELDS } from './score-release.js';
import { TruthSchema } from './truth-schema.js';

const truth = TruthSchema.parse({ languages: ['en'], date: null, place: null, speakers: [], quotes: [], contacts: [], organizations: [] });

/** A scored document whose date was right (`1`) or missed (`0`). */
function scored(stem: string, input: EvalInput, dateRight: 0 | 1): ScoredDocument {
  const score = Object.fromEntries(SCORED_FIELDS.map((f) => [f, {}])) as DocumentScore;
  score.date.en = { correct: dateRight, predicted: dateRight, found: dateRight, expected: 1 };
  const name = input === 'text' ? `corpus/${stem}` : `corpus/${stem} ${input}`;
  return { document: { name, path: name, truth, corpus: { stem, half: corpusHalf(stem), input } }, score, pages: 2, seconds: 1.5 };
}

// 101 and 102 are dev, 103 is held out; 140 (dev) also came as an original PDF.
const docs = [
  scored('101', 'text', 1),
  scored('102', 'text', 1),
  scored('103', 'text', 0),
  scored('140', 'text', 1),
  scored('101', 'scan', 0),
  scored('102', 'scan', 1),
  scored('103', 'scan', 0),
  scored('140', 'scan', 1),
  scored('140', 'original', 0),
];

describe('corpus report', () => {
  it('sums each half apart and both together', () => {
    const [dev, heldOut, all] = splitColumns(docs, 'text');
    expect([dev!.label, heldOut!.label, all!.label]).toEqual(['dev (3)', 'held-out (1)', 'all (4)']);
    expect(dev!.totals.date.en).toEqual({ correct: 3, predicted: 3, found: 3, expected: 3 });
    expect(heldOut!.totals.date.all).toEqual({ correct: 0, predicted: 0, found: 0, expected: 1 });
    expect(all!.totals.date.all.expected).toBe(4);
    expect([all!.pages, all!.seconds]).toEqual([8, 6]);
  });

  it('compares an input that covers only some documents with the text of those documents', () => {
    const partial = docs.filter((d) => !(d.document.corpus?.input === 'scan' && d.document.corpus.stem === '101'));
    const columns = inputColumns(partial, 'dev', ['text', 'scan']);
    expect(columns.map((c) => c.label)).toEqual(['text (3)', 'text of those (2)', 'scan (2)']);
    expect(columns[2]!.sameAsText).toBe(columns[1]);
  });

  it('puts the inputs side by side, the original PDFs after the text of the same documents', () => {
    const columns = inputColumns(docs, 'dev', ['text', 'scan', 'original']);
    expect(columns.map((c) => c.label)).toEqual(['text (3)', 'scan (3)', 'text of those (1)', 'original PDF (1)']);
    expect(columns[1]!.totals.date.all.found).toBe(2);
    expect(columns[2]!.totals.date.all.found).toBe(1);
    expect(columns[1]!.sameAsText).toBe(columns[0]);
    expect(columns[3]!.sameAsText).toBe(columns[2]);
    expect(inputColumns(docs, 'heldOut', ['text', 'scan', 'original']).map((c) => c.label)).toEqual(['text (1)', 'scan (1)']);
  });

  it('formats F1 per column with its difference from the same documents as text, and only languages that occur', () => {
    const table = formatColumns('dev', inputColumns(docs, 'dev', ['text', 'scan']));
    const lines = table.split('\n');
    expect(lines[0]).toBe('### dev');
    expect(lines[2]).toBe('| field | lang | text (3) | scan (3) | Δ scan |');
    expect(lines).toContain('| date | en | 1.000 | 0.800 | -0.200 |');
    expect(lines).toContain('| date | all | 1.000 | 0.800 | -0.200 |');
    expect(lines).toContain('| quotes | all | 1.000 | 1.000 | 0.000 |');
    expect(lines.some((l) => l.startsWith('| date | km'))).toBe(false);
  });

  it('shows precision, recall and the number of truths in the detailed layout', () => {
    const table = formatColumns('text', splitColumns(docs, 'text'), { detail: true });
    expect(table).toContain('| field | lang | dev (3) P | R | F1 | n | held-out (1) P | R | F1 | n | all (4) P | R | F1 | n |');
    expect(table).toContain('| date | all | 1.000 | 1.000 | 1.000 | 3 | 1.000 | 0.000 | 0.000 | 1 | 1.000 | 0.750 | 0.857 | 4 |');
  });

  it('lists documents one by one only for the dev half unless held-out ones are asked for', () => {
    const lines = documentLines(docs, false);
    expect(lines.filter((l) => l.startsWith('corpus/103'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('corpus/101'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('(2 held-out documents not shown; --show-held-out shows them)');
    expect(documentLines(docs, true).filter((l) => l.startsWith('corpus/103'))).toHaveLength(2);
  });

  it('reports every group and input in the JSON summary, with P, R and F1 beside the counts', () => {
    const summary = corpusSummary(docs, ['text', 'scan']);
    expect(Object.keys(summary)).toEqual(['dev', 'heldOut', 'all']);
    expect(summary.heldOut!.scan).toMatchObject({ documents: 1, pages: 2, seconds: 1.5 });
    expect(summary.all!.text!.fields.date!.all).toMatchObject({ found: 3, expected: 4, recall: 0.75, precision: 1 });
  });
});
