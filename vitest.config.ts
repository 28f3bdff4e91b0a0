import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // OCR tests are CPU-bound and the CI machine has two cores.
    maxWorkers: 2,
    // The vendored pdf.js worker is 2 MB of plain JavaScript: Node imports it as is, as in production.
    server: { deps: { external: [/\/vendor\/pdfjs\//] } },
  },
});
