// pdfjs-dist ships no types for its worker bundle; we only hand its handler to the fake worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker-side message handler the in-thread "fake worker" runs. */
  export const WorkerMessageHandler: unknown;
}
