import { createRequire } from 'node:module';
import path from 'node:path';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where pdf.js finds its bundled data; pdf.js in Node reads these with fs and wants a trailing `/`. */
export interface PdfjsAssetPaths {
  standardFontDataUrl: string;
  cMapUrl: string;
  wasmUrl: string;
}

let loading: Promise<PdfjsModule> | undefined;

/**
 * Loads pdf.js's legacy build and its worker code once. Importing the worker module ourselves makes
 * the in-thread "fake worker" run the (patched) `legacy/build/pdf.worker.mjs`, whatever
 * `GlobalWorkerOptions.workerSrc` says.
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const worker = (await import('pdfjs-dist/legacy/build/pdf.worker.mjs')) as { WorkerMessageHandler: unknown };
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler: worker.WorkerMessageHandler };
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** Paths of the standard fonts, cMaps and wasm decoders shipped in the installed pdfjs-dist. */
export function pdfjsAssetPaths(): PdfjsAssetPaths {
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string) => path.join(packageRoot, name) + path.sep;
  return { standardFontDataUrl: folder('standard_fonts'), cMapUrl: folder('cmaps'), wasmUrl: folder('wasm') };
}
