import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../install/package-root.js';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where pdf.js finds its bundled data; pdf.js in Node reads these with fs and wants a trailing `/`. */
export interface PdfjsAssetPaths {
  standardFontDataUrl: string;
  cMapUrl: string;
  wasmUrl: string;
}

let loading: Promise<PdfjsModule> | undefined;

/**
 * pdf.js's legacy worker with presspipe's ActualText patch, shipped in the package (made by
 * `npm run vendor:pdfjs` from the pinned pdfjs-dist), so no install script has to patch
 * `node_modules`.
 */
export function vendoredWorkerPath(): string {
  return path.join(packageRoot(import.meta.url), 'vendor', 'pdfjs', 'pdf.worker.mjs');
}

/**
 * Loads pdf.js's legacy build and the patched worker once. Importing the worker module ourselves
 * makes the in-thread "fake worker" run it, whatever `GlobalWorkerOptions.workerSrc` says.
 */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= (async () => {
    const worker = (await import(pathToFileURL(vendoredWorkerPath()).href)) as { WorkerMessageHandler: unknown };
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
