import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import { extractRelease } from '../pipeline/extract-release.js';
import { corpusDocuments, type EvalDocument, fixtureDocuments } from './eval-documents.js';
import { formatTotals, totalScores } from './eval-report.js';
import { type DocumentScore, scoreRelease } from './score-release.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.PRESSPIPE_CORPUS ?? `${root}../shared/corpus` },
    fixtures: { type: 'string', default: `${root}fixtures` },
    only: { type: 'string' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

const groups: [string, EvalDocument[]][] = [];
if (values.only !== 'fixtures') groups.push(['corpus', corpusDocuments(values.corpus!)]);
if (values.only !== 'corpus') groups.push(['fixtures', fixtureDocuments(values.fixtures!)]);

const options = PipelineOptionsSchema.parse({});
const deps = await openPipelineDeps(options);
const report: Record<string, unknown> = {};
try {
  for (const [group, docs] of groups) {
    const scores: DocumentScore[] = [];
    for (const doc of docs) {
      const release = await extractRelease({ bytes: readFileSync(doc.path), filename: basename(doc.path) }, options, deps);
      const docLang = doc.truth.languages.length === 1 && doc.truth.languages[0] === 'km' ? 'km' : 'en';
      const score = scoreRelease(release, doc.truth, docLang);
      scores.push(score);
      if (values.verbose) console.log(`${doc.name}: ${JSON.stringify(score)}`);
    }
    const totals = totalScores(scores);
    report[group] = totals;
    console.log(`${formatTotals(`${group} (${docs.length} documents)`, totals)}\n`);
  }
} finally {
  await deps.close();
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
