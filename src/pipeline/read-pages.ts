import pLimit from 'p-limit';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { decodeGrayImagePages } from '../images/decode-image-pages.js';
import { hasKhmer } from '../lang/khmer-script.js';
import { decodeText } from '../load/decode-text.js';
import { describeGraphicNoise } from '../ocr/graphic-noise.js';
import type { OcrEngine, OcrImage, OcrResult } from '../ocr/ocr-engine.js';
import type { LineOrigin } from '../pages/assemble-text.js';
import type { PageContent } from '../pages/page-content.js';
import { judgeTextLayer } from '../pages/text-layer-quality.js';
import { actualTextSupport } from '../pdf/actual-text-support.js';
import { openPdf } from '../pdf/open-pdf.js';
import type { PdfDocumentSource } from '../pdf/pdf-source.js';
import type { MediaType, Warning } from '../schema/release.js';

/** Engines that turn bytes into page text. */
export interface PageReaders {
  ocr: OcrEngine;
}

/** The pages of a document with how their lines were made, and what went wrong on the way. */
export interface ReadPages {
  pages: PageContent[];
  pageCount: number;
  lines: LineOrigin;
  warnings: Warning[];
}

// Pages in flight at once: enough to keep every OCR worker busy, few enough that rendered page
// images (about 9 MP each at 300 dpi) do not pile up in memory.
const PAGES_IN_FLIGHT = 4;
// Below this mean word confidence tesseract's text is mostly wrong (seen on blank or photo pages).
const LOW_OCR_CONFIDENCE = 0.6;

/** Gets the text of every page, the way each media type needs. */
export async function readPages(
  bytes: Uint8Array,
  mediaType: MediaType,
  options: PipelineOptions,
  readers: PageReaders,
): Promise<ReadPages> {
  switch (mediaType) {
    case 'text/plain':
      return {
        pages: [{ page: 1, text: decodeText(bytes), method: 'text-layer', reason: 'plain-text file' }],
        pageCount: 1,
        lines: 'authored',
        warnings: [],
      };
    case 'application/pdf':
      return readPdfPages(bytes, options, readers);
    case 'image/png':
    case 'image/jpeg':
    case 'image/tiff':
      return readImagePages(bytes, mediaType, options, readers);
  }
}

async function readPdfPages(bytes: Uint8Array, options: PipelineOptions, readers: PageReaders): Promise<ReadPages> {
  const pdf = await openPdf(bytes, { maxPages: options.maxPages, maxImagePixels: options.maxPixels });
  const warnings: Warning[] = [];
  try {
    const limit = pLimit(PAGES_IN_FLIGHT);
    const numbers = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
    const pages = await Promise.all(numbers.map((n) => limit(() => readPdfPage(pdf, n, options, readers, warnings))));
    if (pages.some((p) => p.method === 'text-layer' && hasKhmer(p.text)) && !(await actualTextSupport())) {
      warnings.push({
        code: 'ACTUALTEXT_UNSUPPORTED',
        message: 'pdf.js runs without presspipe\'s ActualText patch, so Khmer from text layers may be garbled; run `npm install` again',
      });
    }
    return { pages, pageCount: pdf.pageCount, lines: 'laid-out', warnings };
  } finally {
    await pdf.close();
  }
}

async function readPdfPage(
  pdf: PdfDocumentSource,
  page: number,
  options: PipelineOptions,
  readers: PageReaders,
  warnings: Warning[],
): Promise<PageContent> {
  const layer = await pdf.readPageText(page);
  const verdict = judgeTextLayer(layer);
  const useOcr = options.ocr === 'always' || (options.ocr === 'auto' && !verdict.usable);
  if (!useOcr) {
    if (!verdict.usable) {
      warnings.push({
        code: 'TEXT_LAYER_UNTRUSTED',
        message: `page ${page}: ${verdict.reason}, and OCR is off (--ocr never); its text may be wrong`,
      });
    }
    const reason = options.ocr === 'never' && !verdict.usable ? `${verdict.reason}; kept because OCR is off` : verdict.reason;
    return { page, text: layer.text, method: 'text-layer', reason };
  }
  const why = options.ocr === 'always' ? 'OCR forced (--ocr always)' : verdict.reason;
  const image = await pdf.renderPageGray(page, { dpi: options.ocrDpi, maxPixels: options.maxPixels });
  return ocrPage(page, { gray: image.gray, dpi: image.dpi }, why, readers.ocr, warnings);
}

async function readImagePages(
  bytes: Uint8Array,
  mediaType: MediaType,
  options: PipelineOptions,
  readers: PageReaders,
): Promise<ReadPages> {
  const images = await decodeGrayImagePages(bytes, mediaType, { maxPixels: options.maxPixels, maxPages: options.maxPages });
  const warnings: Warning[] = [];
  if (options.ocr === 'never') {
    warnings.push({ code: 'OCR_DISABLED', message: 'the file is an image and OCR is off (--ocr never): no text was read' });
    return {
      pages: images.map((_, i) => ({ page: i + 1, text: '', method: 'ocr', reason: 'image; OCR is off' })),
      pageCount: images.length,
      lines: 'laid-out',
      warnings,
    };
  }
  const limit = pLimit(PAGES_IN_FLIGHT);
  const pages = await Promise.all(
    images.map((image, i) => limit(() => ocrPage(i + 1, { gray: image.gray, dpi: image.dpi }, 'image', readers.ocr, warnings))),
  );
  return { pages, pageCount: images.length, lines: 'laid-out', warnings };
}

async function ocrPage(page: number, image: OcrImage, why: string, ocr: OcrEngine, warnings: Warning[]): Promise<PageContent> {
  const result: OcrResult = await ocr.recognize(image);
  if (result.text.trim().length === 0) {
    warnings.push({ code: 'OCR_EMPTY_PAGE', message: `page ${page}: OCR found no text` });
  } else if (result.confidence < LOW_OCR_CONFIDENCE) {
    warnings.push({
      code: 'OCR_LOW_CONFIDENCE',
      message: `page ${page}: mean OCR word confidence ${result.confidence.toFixed(2)}; check its fields against the page`,
    });
  }
  const skew = result.skewDegrees === 0 ? '' : `, deskewed ${result.skewDegrees.toFixed(1)}°`;
  const noise = describeGraphicNoise(result.droppedLines, result.droppedMarks);
  return {
    page,
    text: result.text,
    method: 'ocr',
    reason: `${why}; OCR at ${image.dpi} dpi, PSM ${result.psm}${skew} (${result.psmReason})${noise === '' ? '' : `; ${noise}`}`,
    confidence: Math.round(result.confidence * 1000) / 1000,
    words: result.words,
  };
}
