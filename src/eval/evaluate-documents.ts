import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import pLimit from 'p-limit';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { extractRelease, type PipelineDeps } from '../pipeline/extract-release.js';
import type { EvalDocument } from './eval-documents.js';
import { type EvalTotals, totalScores } from './eval-report.js';
import { type DocumentScore, scoreRelease } from './score-release.js';

/** One document's score, its pages and how long the pipeline took over it. */
export interface ScoredDocument {
  document: EvalDocument;
  score: DocumentScore;
  pages: number;
  seconds: number;
}

/** Scores of a set of documents, each and summed. */
export interface Evaluation {
  documents: ScoredDocument[];
  totals: EvalTotals;
}

/** Called after each document, e.g. to print progress. */
export type OnScored = (scored: ScoredDocument, done: number, total: number) => void;

/** How documents are run. */
export interface EvaluateOptions {
  /**
   * Documents in the pipeline at once. More than one keeps every OCR worker busy when documents
   * have fewer pages than there are workers.
   * @defaultValue 1
   */
  concurrency?: number;
  onScored?: OnScored;
}

/** Runs the pipeline over documents with truth files and scores every field; results keep the documents' order. */
export async function evaluateDocuments(
  docs: EvalDocument[],
  options: PipelineOptions,
  deps: PipelineDeps,
  { concurrency = 1, onScored }: EvaluateOptions = {},
): Promise<Evaluation> {
  const limit = pLimit(concurrency);
  let done = 0;
  const documents = await Promise.all(
    docs.map((document) =>
      limit(async () => {
        const started = performance.now();
        const release = await extractRelease({ bytes: readFileSync(document.path), filename: basename(document.path) }, options, deps);
        // Single-valued fields of a bilingual document are counted under English.
        const docLang = document.truth.languages.length === 1 && document.truth.languages[0] === 'km' ? 'km' : 'en';
        const score = scoreRelease(release, document.truth, docLang);
        const scored = { document, score, pages: release.source.pages, seconds: (performance.now() - started) / 1000 };
        onScored?.(scored, ++done, docs.length);
        return scored;
      }),
    ),
  );
  return { documents, totals: totalScores(documents.map((d) => d.score)) };
}
