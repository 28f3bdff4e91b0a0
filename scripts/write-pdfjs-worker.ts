// `npm run vendor:pdfjs`: rewrites vendor/pdfjs/pdf.worker.mjs from the installed pdfjs-dist and the
// patch beside it. Run it after changing the patch or upgrading pdfjs-dist, and commit the result.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patchedPdfjsWorker, VENDORED_WORKER } from './patched-pdfjs-worker.js';

writeFileSync(VENDORED_WORKER, patchedPdfjsWorker());
console.log(`wrote ${fileURLToPath(VENDORED_WORKER)}`);
