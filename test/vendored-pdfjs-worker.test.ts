import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actualTextSupport } from '../src/pdf/actual-text-support.js';
import { vendoredWorkerPath } from '../src/pdf/pdfjs-runtime.js';
import { patchedPdfjsWorker } from '../scripts/patched-pdfjs-worker.js';

// presspipe ships pdf.js's worker with its ActualText patch instead of patching node_modules at
// install time; these guard that the shipped file is that patch on the pinned pdfjs-dist, and live.
describe('the vendored pdf.js worker', () => {
  it('is the installed pdfjs-dist worker with vendor/pdfjs/ patch applied (else run `npm run vendor:pdfjs`)', () => {
    // Compared by hand rather than with toBe: a failing diff of a 2 MB string helps nobody.
    const shipped = readFileSync(vendoredWorkerPath(), 'utf8');
    expect(shipped === patchedPdfjsWorker(), 'vendor/pdfjs/pdf.worker.mjs is stale').toBe(true);
  });

  it('is the worker pdf.js runs, and it reads ActualText', async () => {
    expect(await actualTextSupport()).toBe(true);
  });
});
