// Peak memory of a process that does presspipe's OCR with one OCR worker, as a worker of
// `ingest` or a `--jobs 1` run does. Run by bench/ocr-bench.ts on the compiled code in dist/
// (`npm run bench` builds it): under tsx the transform of pdf.js's 2.3 MB worker alone adds
// about 400 MB, which would be measured as presspipe's.
//
//   node bench/ocr-process-rss.mjs ocr <dpi>:<image> ...   the OCR engine alone, page after page
//   node bench/ocr-process-rss.mjs pipeline <file> ...      whole extraction (render + OCR)
//
// Prints one JSON line: { "peakRssMb": …, "cpuSeconds": … }.
import { readFileSync } from 'node:fs';

const [mode, ...inputs] = process.argv.slice(2);
const dist = (path) => import(new URL(`../dist/src/${path}`, import.meta.url).href);

if (mode === 'ocr') {
  const { createTesseractEngine } = await dist('ocr/tesseract-engine.js');
  const engine = createTesseractEngine({ workers: 1 });
  try {
    for (const input of inputs) {
      const [dpi, path] = input.split(/:(.*)/s);
      await engine.recognize({ encoded: new Uint8Array(readFileSync(path)), dpi: Number(dpi) });
    }
  } finally {
    await engine.close();
  }
} else if (mode === 'pipeline') {
  const [{ PipelineOptionsSchema }, { openPipelineDeps }, { extractRelease }] = await Promise.all([
    dist('config/pipeline-options.js'),
    dist('pipeline/open-pipeline-deps.js'),
    dist('pipeline/extract-release.js'),
  ]);
  const options = PipelineOptionsSchema.parse({ ocrWorkers: 1 });
  const deps = await openPipelineDeps(options);
  try {
    for (const path of inputs) {
      await extractRelease({ bytes: new Uint8Array(readFileSync(path)), filename: path.split('/').pop() }, options, deps);
    }
  } finally {
    await deps.close();
  }
} else {
  throw new Error(`Expected mode ocr or pipeline, got ${mode}`);
}
const usage = process.resourceUsage();
console.log(JSON.stringify({ peakRssMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }));
