import tesseract, { type Block } from 'tesseract.js';
import { OcrUnavailableError } from '../errors/ocr-errors.js';
import type { OcrLayout } from './ocr-text-layout.js';
import { OCR_LANGUAGES, type TessdataFiles } from './tessdata-files.js';

/** How a worker reads one image. */
export interface OcrWorkerSettings {
  psm: number;
  dpi: number;
}

/** One OCR worker thread that reads one page at a time. */
export interface OcrWorker {
  /** Reads an encoded image with the given page segmentation mode and resolution. */
  recognize(image: Uint8Array, settings: OcrWorkerSettings): Promise<OcrLayout>;
  /** Stops the worker thread. */
  terminate(): Promise<void>;
}

/**
 * Starts one tesseract.js worker for Khmer + English from local files only, failing with
 * `OcrUnavailableError` if it does not start within `timeoutMs`: a language file tesseract
 * cannot load makes `createWorker` hang rather than reject.
 */
export async function startTesseractWorker(files: TessdataFiles, timeoutMs: number): Promise<OcrWorker> {
  let timer: NodeJS.Timeout | undefined;
  let reportFailure: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    reportFailure = reject;
    timer = setTimeout(
      () => reject(new OcrUnavailableError(`tesseract.js did not start within ${timeoutMs} ms`, 'check that the language files are valid traineddata')),
      timeoutMs,
    );
  });
  const starting = tesseract.createWorker(OCR_LANGUAGES.join('+'), tesseract.OEM.LSTM_ONLY, {
    cachePath: files.primaryDir,
    cacheMethod: 'readOnly',
    langPath: files.fallbackDir,
    gzip: true,
    // Without a handler tesseract.js rethrows worker errors outside any promise, which
    // ends the process; with one, a failed start is reported here.
    errorHandler: (error: unknown) =>
      reportFailure(
        new OcrUnavailableError(`tesseract.js could not load ${Object.values(files.files).join(', ')}: ${String(error)}`, 'replace the language files with valid traineddata'),
      ),
  });
  let gaveUp = false;
  // A worker that starts after the time limit is nobody's: stop it so its thread ends.
  void starting.then((late) => (gaveUp ? late.terminate() : undefined)).catch(() => {});
  try {
    const worker = await Promise.race([starting, failed]).catch((error: unknown) => {
      gaveUp = true;
      throw error;
    });
    return {
      async recognize(image, settings) {
        // tesseract.js passes unknown recognize options to tesseract as parameters for this
        // call only; its types list just its own options.
        const parameters = { tessedit_pageseg_mode: String(settings.psm), user_defined_dpi: String(Math.round(settings.dpi)) };
        const result = await worker.recognize(
          Buffer.from(image.buffer, image.byteOffset, image.byteLength),
          parameters as Parameters<typeof worker.recognize>[1],
          { text: false, blocks: true },
        );
        return toLayout(result.data.blocks ?? []);
      },
      async terminate() {
        await worker.terminate();
      },
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Tesseract's blocks as lines of words with their baseline, row height and whether tesseract
 * starts a paragraph there; confidences scaled from 0..100 to 0..1.
 */
function toLayout(blocks: Block[]): OcrLayout {
  return {
    blocks: blocks.map((block) =>
      block.paragraphs.flatMap((paragraph) =>
        paragraph.lines.map((line, index) => ({
          words: line.words.map((word) => ({ text: word.text, confidence: word.confidence / 100 })),
          baseline: (line.baseline.y0 + line.baseline.y1) / 2,
          height: line.rowAttributes.rowHeight || line.bbox.y1 - line.bbox.y0,
          startsParagraph: index === 0,
        })),
      ),
    ),
  };
}
