import type { PipelineOptions } from '../config/pipeline-options.js';
import type { OcrEngine } from '../ocr/ocr-engine.js';
import type { PipelineDeps } from './extract-release.js';

/** The engines of one process (a CLI run, an eval, a worker), opened once for all its documents. */
export interface OpenDeps extends PipelineDeps {
  close(): Promise<void>;
}

/**
 * Opens what the pipeline needs for these options. tesseract.js is imported and the OCR pool
 * started on the first page that needs it, so a run over text files never loads them.
 */
export async function openPipelineDeps(options: PipelineOptions): Promise<OpenDeps> {
  let engine: Promise<OcrEngine> | undefined;
  const ocr: OcrEngine = {
    async recognize(image, recognizeOptions) {
      engine ??= import('../ocr/tesseract-engine.js').then(({ createTesseractEngine }) =>
        createTesseractEngine({ tessdataDir: options.tessdataDir, workers: options.ocrWorkers }),
      );
      return (await engine).recognize(image, recognizeOptions);
    },
    async close() {
      await (await engine)?.close();
    },
  };
  return { ocr, close: () => ocr.close() };
}
