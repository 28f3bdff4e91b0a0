// Measures Khmer text-layer quality of src/pdf on the sample PDFs (Khmer CER, spurious spaces inside
// Khmer, ms per page) and prints a Markdown table with the conditions.
//   npx tsx scripts/measure-pdf-khmer.ts                  # the patched worker presspipe ships (vendor/pdfjs/)
//   npx tsx scripts/measure-pdf-khmer.ts --worker <file>  # another pdf.worker.mjs, e.g. an unpatched copy
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { actualTextSupport } from '../src/pdf/actual-text-support.js';
import { openPdf } from '../src/pdf/open-pdf.js';
import { loadPdfjs } from '../src/pdf/pdfjs-runtime.js';
import { scoreKhmerText } from '../src/pdf/text-layer-metrics.js';

const SAMPLES = [
  { pdf: 'bilingual-p1.pdf', truth: 'bilingual-p1.gt.txt' },
  { pdf: 'bilingual-p1-noto.pdf', truth: 'bilingual-p1.gt.txt' },
  { pdf: 'press-release-full.pdf', truth: 'press-release-full.gt.txt' },
];

const { values } = parseArgs({ options: { worker: { type: 'string' }, samples: { type: 'string', default: 'src/pdf/test-data' } } });

const pdfjs = await loadPdfjs();
if (values.worker) {
  // The fake worker looks this up on the first document, so swapping it now takes effect.
  const worker = (await import(pathToFileURL(values.worker).href)) as { WorkerMessageHandler: unknown };
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
}

console.log(`pdfjs-dist ${pdfjs.version}, worker ${values.worker ?? 'as installed'}, ActualText support: ${await actualTextSupport()}`);
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}\n`);
console.log('| file | pages | Khmer chars | Khmer CER | spurious spaces in Khmer | ms/page (warm, open + text of all pages) |');
console.log('|---|---|---|---|---|---|');
for (const { pdf, truth } of SAMPLES) {
  const bytes = new Uint8Array(readFileSync(`${values.samples}/${pdf}`));
  // The first pass loads fonts and warms the JIT; the second is timed.
  await readAll(bytes);
  const started = performance.now();
  const texts = await readAll(bytes);
  const msPerPage = (performance.now() - started) / texts.length;
  const score = scoreKhmerText(texts.join('\n\n'), readFileSync(`${values.samples}/${truth}`, 'utf8'));
  console.log(
    `| ${pdf} | ${texts.length} | ${score.truthChars} | ${(score.cer * 100).toFixed(2)}% | ${score.spuriousSpaces} | ${msPerPage.toFixed(0)} |`,
  );
}

async function readAll(bytes: Uint8Array): Promise<string[]> {
  const doc = await openPdf(bytes, { maxPages: 50 });
  const texts: string[] = [];
  for (let page = 1; page <= doc.pageCount; page++) texts.push((await doc.readPageText(page)).text);
  await doc.close();
  return texts;
}
