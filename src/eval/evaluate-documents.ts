import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { extractRelease, type PipelineDeps } from '../pipeline/extract-release.js';
import type { EvalDocument } from './eval-documents.js';
import { type EvalTotals, totalScores } from './eval-report.js';
import { type DocumentScore, scoreRelease } from './score-release.js';

/** Scores of a set of documents, each and summed. */
export interface Evaluation {
  documents: { name: string; score: DocumentScore }[];
  totals: EvalTotals;
}

/** Runs the pipeline over documents with truth files and scores every field. */
export async function evaluateDocuments(docs: EvalDocument[], options: PipelineOptions, deps: PipelineDeps): Promise<Evaluation> {
  const documents: Evaluation['documents'] = [];
  for (const doc of docs) {
    const release = await extractRelease({ bytes: readFileSync(doc.path), filename: basename(doc.path) }, options, deps);
    // Single-valued fields of a bilingual document are counted under English.
    const docLang = doc.truth.languages.length === 1 && doc.truth.languages[0] === 'km' ? 'km' : 'en';
    documents.push({ name: doc.name, score: scoreRelease(release, doc.truth, docLang) });
  }
  return { documents, totals: totalScores(documents.map((d) => d.score)) };
}
