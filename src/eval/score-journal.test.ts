import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalDocument } from './eval-documents.js';
import { type DocumentScore, SCORED_FIELDS } from './score-release.js';
import { ScoreJournal } from './score-journal.js';
import { TruthSchema } from './truth-schema.js';

const truth = TruthSchema.parse({ languages: ['en'], date: null, place: null, speakers: [], quotes: [], contacts: [], organizations: [] });
const doc = (name: string): EvalDocument => ({ name, path: `/nowhere/${name}`, truth });
const score = Object.fromEntries(SCORED_FIELDS.map((f) => [f, {}])) as DocumentScore;
score.date.en = { correct: 1, predicted: 1, found: 1, expected: 1 };

describe('ScoreJournal', () => {
  it('gives back in a later run what an earlier one wrote down, document by document', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'presspipe-journal-')), 'scores.jsonl');
    const first = new ScoreJournal(path);
    expect(first.recall(doc('corpus/101 scan'))).toBeUndefined();
    first.record({ document: doc('corpus/101 scan'), score, pages: 4, seconds: 80.5 });
    expect(readFileSync(path, 'utf8').trim().split('\n')).toHaveLength(1);

    const second = new ScoreJournal(path);
    expect(second.recall(doc('corpus/101 scan'))).toEqual({ document: doc('corpus/101 scan'), score, pages: 4, seconds: 80.5 });
    expect(second.recall(doc('corpus/101'))).toBeUndefined();
  });
});
