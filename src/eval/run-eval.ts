import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import { corpusDocuments, type EvalDocument, fixtureDocuments } from './eval-documents.js';
import { formatTotals } from './eval-report.js';
import { evaluateDocuments } from './evaluate-documents.js';

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
    const evaluation = await evaluateDocuments(docs, options, deps);
    if (values.verbose) for (const d of evaluation.documents) console.log(`${d.name}: ${JSON.stringify(d.score)}`);
    report[group] = evaluation.totals;
    console.log(`${formatTotals(`${group} (${docs.length} documents)`, evaluation.totals)}\n`);
  }
} finally {
  await deps.close();
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
