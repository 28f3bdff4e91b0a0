import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { openPdf } from '../src/pdf/open-pdf.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { runImportBench } from './import-bench.js';
import { runIndexBench } from './index-bench.js';
import { formatOcrBenchReport, runOcrBench } from './ocr-bench.js';
import { packageVersion } from './package-version.js';
import { percentile, timedRuns } from './timed-runs.js';
import { measureProcesses, type ProcessMeasurement } from './process-bench.js';
import { runBoundedInputsBench, runTextSizeBench } from './text-size-bench.js';

const { values } = parseArgs({
  options: {
    skip: { type: 'string', multiple: true, default: [] },
    only: { type: 'string', multiple: true, default: [] },
    releases: { type: 'string', default: '10000' },
  },
});
const skip = new Set(values.skip);
const only = new Set(values.only);
/** Sections: speed, text-size, ocr, import, index; `--only index` runs one alone, `--skip ocr` leaves one out. */
const wanted = (section: string) => (only.size === 0 || only.has(section)) && !skip.has(section);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** Median milliseconds of `runs` calls after one warm-up call. */
async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  return percentile(await timedRuns(runs, fn), 50);
}

console.log('# presspipe bench');
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ` +
    `pdfjs-dist ${packageVersion('pdfjs-dist')}, tesseract.js ${packageVersion('tesseract.js')}; ` +
    `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the start (figures from a busy machine are not comparable)`,
);

if (wanted('speed')) {
const fixturePath = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const bin = new URL('../bin/presspipe.js', import.meta.url).pathname;
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
const pdfPages = 3;

// Each case as the user meets it: a process started from the shell, the compiled CLI (`npm run
// bench` builds first), against `node -e 0`, the least any Node CLI can cost.
const processes = measureProcesses(
  [
    { label: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { label: 'presspipe --help', argv: [process.execPath, bin, '--help'] },
    { label: 'presspipe extract bilingual-seed.txt', argv: [process.execPath, bin, 'extract', fixturePath('bilingual-seed.txt')] },
    { label: 'presspipe extract bilingual-seed.pdf', argv: [process.execPath, bin, 'extract', fixturePath('bilingual-seed.pdf')] },
    ...(hasPdftotext ? [{ label: 'pdftotext -raw bilingual-seed.pdf', argv: ['pdftotext', '-raw', '-enc', 'UTF-8', fixturePath('bilingual-seed.pdf'), '-'] }] : []),
  ],
  7,
);
const [node, help, extractText, extractPdf, pdftotext] = processes;

const pdfBytes = fixture('bilingual-seed.pdf');
const pdfjsMs = await median(10, async () => {
  const pdf = await openPdf(pdfBytes, { maxPages: 10 });
  for (let p = 1; p <= pdf.pageCount; p++) await pdf.readPageText(p);
  await pdf.close();
});

const options = PipelineOptionsSchema.parse({});
const deps = { ocr: createFakeOcrEngine(() => '') };
const txt = fixture('bilingual-seed.txt');
const normalizeMs = await median(50, () => normalizeText(new TextDecoder().decode(txt)));
const pipelineMs = await median(50, () => extractRelease({ bytes: txt, filename: 'seed.txt' }, options, deps));
const inProcessRssMb = process.resourceUsage().maxRSS / 1024;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const rss = (m: ProcessMeasurement | undefined) => (m?.rssMb ? `${m.rssMb.toFixed(0)} MB` : '–');
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
console.log('\n## Speed, as ratios against a baseline measured in the same run\n');
const cpu = (m: ProcessMeasurement) => (m.cpuMs === null ? '' : `, CPU ${ms(m.cpuMs)}`);
const cpuRatio = (m: ProcessMeasurement, base: ProcessMeasurement) => (m.cpuMs && base.cpuMs ? ` (CPU ${ratio(m.cpuMs, base.cpuMs)})` : '');
console.log('| case | presspipe | baseline | ratio | target | peak RSS presspipe / baseline |');
console.log('|---|---|---|---|---|---|');
for (const [m, target] of [[help, '≤ 3×'], [extractText, '≤ 4×'], [extractPdf, '']] as const) {
  console.log(
    `| \`${m!.label}\` (a process) | ${ms(m!.ms)}${cpu(m!)} | \`node -e 0\` ${ms(node!.ms)}${cpu(node!)} | ` +
      `${ratio(m!.ms, node!.ms)}${cpuRatio(m!, node!)} | ${target} | ${rss(m)} / ${rss(node)} |`,
  );
}
console.log(
  `| text path per release (\`extractRelease\` on bilingual-seed.txt, in process) | ${ms(pipelineMs)} | decode + normalize ${ms(normalizeMs)} | ` +
    `${ratio(pipelineMs, normalizeMs)} | ≤ 20 ms | ${inProcessRssMb.toFixed(0)} MB (bench process) |`,
);
if (pdftotext) {
  const popplerPageMs = pdftotext.ms / pdfPages;
  console.log(
    `| PDF text layer per page (bilingual-seed.pdf, in process, open + read) | ${ms(pdfjsMs / pdfPages)} | \`pdftotext -raw\` ${ms(popplerPageMs)} (a process) | ` +
      `${ratio(pdfjsMs / pdfPages, popplerPageMs)} | ≤ 1.5× | ${rss(extractPdf)} (CLI) / ${rss(pdftotext)} |`,
  );
} else {
  console.log(`| PDF text layer per page (in process) | ${ms(pdfjsMs / pdfPages)} | pdftotext not installed (apt-get install poppler-utils) | – | ≤ 1.5× | ${rss(extractPdf)} (CLI) |`);
}
console.log(`\nProcesses: median of 7 interleaved runs, peak RSS the largest of them (GNU time). In process: median of 10 (PDF) or 50 (text) runs after a warm-up.`);
}

const corpus = process.env.PRESSPIPE_CORPUS ?? new URL('../../shared/corpus', import.meta.url).pathname;
const cliBin = new URL('../bin/presspipe.js', import.meta.url).pathname;

if (wanted('text-size')) {
  console.log('\n## Text extraction against the text\'s size\n');
  console.log(await runTextSizeBench(corpus));
  console.log('\n### Inputs that must end with a code or in bounded time and memory (`presspipe extract`, a process each)\n');
  console.log(runBoundedInputsBench(corpus, cliBin));
}

if (wanted('ocr')) {
  console.log('\n## OCR against native tesseract');
  console.log(formatOcrBenchReport(await runOcrBench()));
}

if (wanted('import')) {
  console.log('\n## Import throughput on scans against native tesseract\n');
  console.log(await runImportBench(cliBin, process.env.PRESSPIPE_REDIS_URL ?? 'redis://127.0.0.1:6379'));
}

if (wanted('index')) {
  console.log('\n## Index (quotes search over generated releases)');
  console.log(await runIndexBench(Number(values.releases), 20));
}
