import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { createTesseractEngine } from '../ocr/tesseract-engine.js';
import { columnSummary, corpusSummary, documentLines, formatColumns, GROUP_LABELS, inputColumns, REPORT_GROUPS, reportColumn, splitColumns } from './corpus-report.js';
import { corpusDocuments, EVAL_INPUTS, type EvalDocument, fixtureDocuments } from './eval-documents.js';
import { evaluateDocuments, type OnScored, type ScoredDocument } from './evaluate-documents.js';
import { ScoreJournal } from './score-journal.js';

const usage = `Usage: npm run eval -- [options]
  --inputs <list>      corpus input paths, comma-separated: text,pdf,scan,original (default text);
                       pdf and scan are fixtures/corpus renderings, original the corpus's own PDFs
  --only <part>        corpus or fixtures
  --verbose            one line per document (dev documents and fixtures only)
  --show-held-out      with --verbose or --json: held-out documents one by one too
  --json <file>        write the report as JSON
  --stems <list>       only these corpus documents, comma-separated (e.g. 119,120)
  --ocr-workers <n>    OCR worker threads (default: one per core)
  --ocr-timeout <s>    time limit for starting an OCR worker and for reading one page (default:
                       the pipeline's, 30 s and 120 s; raise it on a loaded machine)
  --jobs <n>           documents in the pipeline at once (default 1)
  --resume <file>      journal of scores: documents already in it are not run again, new ones are
                       added as they finish (for the slow scan input; start a new one after changes)
  --journal-only       with --resume: report the documents in the journal, run none (e.g. while
                       another eval is still adding to it)
  --corpus <dir>       the corpus (default ../shared/corpus, or PRESSPIPE_CORPUS)
  --renderings <dir>   the corpus renderings (default fixtures/corpus)
  --fixtures <dir>     the fixtures (default fixtures)`;

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.PRESSPIPE_CORPUS ?? `${root}../shared/corpus` },
    renderings: { type: 'string', default: `${root}fixtures/corpus` },
    fixtures: { type: 'string', default: `${root}fixtures` },
    inputs: { type: 'string', default: 'text' },
    only: { type: 'string' },
    json: { type: 'string' },
    stems: { type: 'string' },
    'ocr-workers': { type: 'string' },
    'ocr-timeout': { type: 'string' },
    jobs: { type: 'string', default: '1' },
    resume: { type: 'string' },
    'journal-only': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'show-held-out': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const args = z
  .object({
    inputs: z.array(z.enum(EVAL_INPUTS)).min(1),
    only: z.enum(['corpus', 'fixtures']).optional(),
    ocrWorkers: z.coerce.number().int().positive().optional(),
    jobs: z.coerce.number().int().positive(),
    stems: z.array(z.string().regex(/^\d{3}$/)).optional(),
    ocrTimeout: z.coerce.number().positive().optional(),
  })
  .safeParse({
    inputs: values.inputs.split(',').map((s) => s.trim()),
    only: values.only,
    ocrWorkers: values['ocr-workers'],
    jobs: values.jobs,
    stems: values.stems?.split(',').map((s) => s.trim()),
    ocrTimeout: values['ocr-timeout'],
  });
if (!args.success) {
  console.error(`eval: ${z.prettifyError(args.error)}\n${usage}`);
  process.exit(2);
}
const { inputs, only, ocrWorkers, jobs, stems, ocrTimeout } = args.data;
if (values['journal-only'] && values.resume === undefined) {
  console.error(`eval: --journal-only reads the journal of --resume <file>, and none was given\n${usage}`);
  process.exit(2);
}

const corpusDocs = (only === 'fixtures' ? [] : corpusDocuments(values.corpus, { inputs, renderings: values.renderings })).filter(
  (d) => stems === undefined || stems.includes(d.corpus!.stem),
);
const fixtureDocs = only === 'corpus' ? [] : fixtureDocuments(values.fixtures);

const started = performance.now();
const journal = values.resume === undefined ? undefined : new ScoreJournal(values.resume);
const onScored: OnScored = (s, done, total) => {
  journal?.record(s);
  const elapsed = ((performance.now() - started) / 1000).toFixed(0);
  process.stderr.write(`[${String(done).padStart(String(total).length)}/${total}] ${s.document.name}: ${s.pages} p, ${s.seconds.toFixed(1)} s (${elapsed} s in all)\n`);
};

const options = PipelineOptionsSchema.parse({ ocrWorkers });
// The pipeline's own OCR pool; only its time limits can be raised, for a machine busy with other work.
const timeoutMs = ocrTimeout === undefined ? undefined : ocrTimeout * 1000;
const ocr = createTesseractEngine({ tessdataDir: options.tessdataDir, workers: ocrWorkers, jobTimeoutMs: timeoutMs, startTimeoutMs: timeoutMs });
const deps = { ocr, close: () => ocr.close() };
let corpus: ScoredDocument[];
let fixtures: ScoredDocument[];
try {
  corpus = await score(corpusDocs);
  fixtures = await score(fixtureDocs);
} finally {
  await deps.close();
}

/** Scores documents, taking from the journal those it has and running the others. */
async function score(docs: EvalDocument[]): Promise<ScoredDocument[]> {
  const recalled = new Map(docs.map((d) => [d, journal?.recall(d)]));
  if (values['journal-only']) return docs.flatMap((d) => recalled.get(d) ?? []);
  const toRun = docs.filter((d) => recalled.get(d) === undefined);
  const run = (await evaluateDocuments(toRun, options, deps, { concurrency: jobs, onScored })).documents;
  return docs.map((d) => recalled.get(d) ?? run[toRun.indexOf(d)]!);
}

const tables: string[] = [];
if (corpus.length > 0) {
  for (const input of inputs) {
    const columns = splitColumns(corpus, input);
    if (columns.some((c) => c.documents > 0)) tables.push(formatColumns(`corpus, ${input} input: dev vs held-out`, columns, { detail: true }));
  }
  if (inputs.length > 1) {
    for (const group of REPORT_GROUPS) {
      tables.push(formatColumns(`corpus ${GROUP_LABELS[group]}: F1 by input`, inputColumns(corpus, group, inputs)));
    }
  }
}
if (fixtures.length > 0) tables.push(formatColumns(`fixtures (${fixtures.length} documents)`, [reportColumn('fixtures', fixtures)], { detail: true }));
if (values.verbose) console.log(`${documentLines([...corpus, ...fixtures], values['show-held-out']).join('\n')}\n`);
console.log(tables.join('\n\n'));

const timings = EVAL_INPUTS.filter((i) => inputs.includes(i)).map((input) => reportColumn(input, corpus.filter((s) => s.document.corpus?.input === input)));
for (const t of timings) process.stderr.write(`${t.label}: ${t.documents} documents, ${t.pages} pages, ${t.seconds.toFixed(0)} s\n`);

if (values.json) {
  const report = {
    inputs,
    ocrWorkers: options.ocrWorkers ?? null,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    corpus: corpusSummary(corpus, inputs),
    fixtures: columnSummary(reportColumn('fixtures', fixtures)),
    documents: [...corpus, ...fixtures]
      .filter((s) => values['show-held-out'] || s.document.corpus?.half !== 'heldOut')
      .map((s) => ({ name: s.document.name, ...s.document.corpus, pages: s.pages, seconds: s.seconds, score: s.score })),
  };
  writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
}
