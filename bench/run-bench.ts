import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { openPdf } from '../src/pdf/open-pdf.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { runIndexBench } from './index-bench.js';
import { formatOcrBenchReport, runOcrBench } from './ocr-bench.js';
import { packageVersion } from './package-version.js';

const { values } = parseArgs({
  options: {
    skip: { type: 'string', multiple: true, default: [] },
    only: { type: 'string', multiple: true, default: [] },
    releases: { type: 'string', default: '10000' },
  },
});
const skip = new Set(values.skip);
const only = new Set(values.only);
/** Sections: pdf, pipeline, ocr, index; `--only index` runs one alone, `--skip ocr` leaves one out. */
const wanted = (section: string) => (only.size === 0 || only.has(section)) && !skip.has(section);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** Median milliseconds of `runs` calls after one warm-up call. */
async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

console.log('# presspipe bench');
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ` +
    `pdfjs-dist ${packageVersion('pdfjs-dist')}, tesseract.js ${packageVersion('tesseract.js')}`,
);

if (wanted('pdf')) {
const pdfBytes = fixture('bilingual-seed.pdf');
const pdfPages = 3;
const pdfjsMs = await median(10, async () => {
  const pdf = await openPdf(pdfBytes, { maxPages: 10 });
  for (let p = 1; p <= pdf.pageCount; p++) await pdf.readPageText(p);
  await pdf.close();
});
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
console.log('\n## PDF text layer (fixtures/bilingual-seed.pdf, 3 pages, Khmer via ActualText)');
console.log(`presspipe (pdf.js + ActualText patch): ${(pdfjsMs / pdfPages).toFixed(1)} ms/page`);
if (hasPdftotext) {
  const path = new URL('../fixtures/bilingual-seed.pdf', import.meta.url).pathname;
  const popplerMs = await median(10, () => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));
  console.log(`baseline poppler pdftotext -raw (a process per run): ${(popplerMs / pdfPages).toFixed(1)} ms/page`);
  console.log(`ratio presspipe / pdftotext: ${(pdfjsMs / popplerMs).toFixed(2)}×`);
} else {
  console.log('baseline skipped: pdftotext not installed (apt-get install poppler-utils)');
}

}

if (wanted('pipeline')) {
const options = PipelineOptionsSchema.parse({});
const deps = { ocr: createFakeOcrEngine(() => '') };
const txt = fixture('bilingual-seed.txt');
const normalizeMs = await median(50, () => normalizeText(new TextDecoder().decode(txt)));
const pipelineMs = await median(50, () => extractRelease({ bytes: txt, filename: 'seed.txt' }, options, deps));
console.log('\n## Whole pipeline on text (fixtures/bilingual-seed.txt, 12 kB)');
console.log(`baseline decode + normalize: ${normalizeMs.toFixed(2)} ms/document`);
console.log(`presspipe extract (sections, fields, validation): ${pipelineMs.toFixed(2)} ms/document`);
console.log(`ratio extract / normalize: ${(pipelineMs / normalizeMs).toFixed(1)}×`);

}

if (wanted('ocr')) {
  console.log('\n## OCR');
  console.log(formatOcrBenchReport(await runOcrBench()));
}

if (wanted('index')) {
  console.log('\n## Index (quotes search over generated releases)');
  console.log(await runIndexBench(Number(values.releases), 20));
}
