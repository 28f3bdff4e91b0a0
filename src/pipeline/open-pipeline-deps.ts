import type { PipelineOptions } from '../config/pipeline-options.js';
import type { OcrEngine } from '../ocr/ocr-engine.js';
import { createTesseractEngine } from '../ocr/tesseract-engine.js';
import type { PipelineDeps } from './extract-release.js';

/** The engines of one process (a CLI run, an eval, a worker), opened once for all its documents. */
export interface OpenDeps extends PipelineDeps {
  close(): Promise<void>;
}

/**
 * Opens what the pipeline needs for these options. The OCR pool starts on the first page that
 * needs it, so a run over text files never loads tesseract.
 */
export async function openPipelineDeps(options: PipelineOptions): Promise<OpenDeps> {
  let engine: OcrEngine | undefined;
  const ocr: OcrEngine = {
    recognize(image, recognizeOptions) {
      engine ??= createTesseractEngine({ tessdataDir: options.tessdataDir, workers: options.ocrWorkers });
      return engine.recognize(image, recognizeOptions);
    },
    async close() {
      await engine?.close();
    },
  };
  return { ocr, close: () => ocr.close() };
}
