import { deskewImage } from '../images/deskew-image.js';
import { decodeGrayImage } from '../images/gray-image.js';
import { encodePortableGraymap } from '../images/portable-graymap.js';
import type { OcrImage, OcrResult, PageSegMode, RecognizeOptions } from './ocr-engine.js';
import { layoutToText } from './ocr-text-layout.js';
import { chooseSegmentation, looksIncomplete, type SegmentationCandidate } from './page-segmentation-choice.js';
import type { OcrWorker } from './tesseract-worker.js';

// PSM 6 (one uniform block) keeps every Khmer line; PSM 4 (one column of lines) is the
// fallback when lines look lost. PSM 3 is never the default: it drops Khmer lines silently.
// Measured in /work/shared/notes/ocr-pdf-facts.md.
const DEFAULT_PSM: PageSegMode = 6;
const FALLBACK_PSM: PageSegMode = 4;

/**
 * Reads one page on one worker: decodes it to gray once, straightens it, runs PSM 6, and if
 * fewer lines came back than the image has ink bands, runs PSM 4 too and keeps the better reading.
 * The worker gets uncompressed PGM pixels, its fastest input.
 */
export async function recognizePage(worker: OcrWorker, image: OcrImage, options: RecognizeOptions = {}): Promise<OcrResult> {
  const gray = 'gray' in image ? image.gray : await decodeGrayImage(image.encoded);
  const straight = await deskewImage(gray, { maxDegrees: options.deskew === false ? 0 : 5 });
  const pgm = encodePortableGraymap(straight.image);
  const read = async (psm: PageSegMode): Promise<SegmentationCandidate> => ({
    psm,
    result: layoutToText(await worker.recognize(pgm, { psm, dpi: image.dpi })),
  });
  const candidates = [await read(options.psm ?? DEFAULT_PSM)];
  if (options.psm === undefined && looksIncomplete(candidates[0]!.result, straight.inkBands)) {
    candidates.push(await read(FALLBACK_PSM));
  }
  const { chosen, reason } = chooseSegmentation(candidates, straight.inkBands);
  return {
    ...chosen.result,
    psm: chosen.psm,
    psmReason: options.psm === undefined ? reason : `psm ${options.psm} requested by the caller`,
    skewDegrees: straight.skewDegrees,
    inkBands: straight.inkBands,
  };
}
