import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import type { PipelineOptions } from '../config/pipeline-options.js';
import { hasKhmer } from '../lang/khmer-script.js';
import { decodeText } from '../load/decode-text.js';
import { describeGraphicNoise } from '../ocr/graphic-noise.js';
import type { OcrEngine, OcrImage, OcrResult } from '../ocr/ocr-engine.js';
import type { LineOrigin } from '../pages/assemble-text.js';
import type { PageContent } from '../pages/page-content.js';
import { judgeTextLayer } from '../pages/text-layer-quality.js';
import type { PdfDocumentSource } from '../pdf/pdf-source.js';
import type { MediaType, Warning } from '../schema/release.js';

/** A page finished: how many of the document's pages are done, and how this one was read. */
export interface PageProgress {
  done: number;
  total: number;
  page: number;
  method: PageContent['method'];
}

/** Engines that turn bytes into page text, and who to tell as pages finish. */
export interface PageReaders {
  ocr: OcrEngine;
  onPage?: (progress: PageProgress) => void;
}

/** The pages of a document with how their lines were made, and what went wrong on the way. */
export interface ReadPages {
  pages: PageContent[];
  pageCount: number;
  lines: LineOrigin;
  warnings: Warning[];
}

// Pages in flight at once: one per OCR worker and one rendered ahead keep every worker busy;
// more only pile up rendered page images (rendering a 300 dpi scan page and holding it costs
// 80-100 MB: with one OCR worker, 4 pages in flight peaked at 573 MB on the seed scan, 2 at 495).
function pagesInFlight(options: PipelineOptions): number {
  return (options.ocrWorkers ?? availableParallelism()) + 1;
}
// Below this mean word confidence tesseract's text is mostly wrong (seen on blank or photo pages).
const LOW_OCR_CONFIDENCE = 0.6;

/**
 * Gets the text of every page, the way each media type needs. pdf.js, sharp and html-to-text are
 * imported by the branch that uses them, so a text file loads none of them (a CLI run pays for what
 * its input needs).
 */
export async function readPages(
  bytes: Uint8Array,
  mediaType: MediaType,
  options: PipelineOptions,
  readers: PageReaders,
): Promise<ReadPages> {
  switch (mediaType) {
    case 'text/plain':
      readers.onPage?.({ done: 1, total: 1, page: 1, method: 'text-layer' });
      return {
        pages: [{ page: 1, text: decodeText(bytes), method: 'text-layer', reason: 'plain-text file' }],
        pageCount: 1,
        lines: 'authored',
        warnings: [],
      };
    case 'text/html': {
      const { htmlToPlainText } = await import('../load/html-text.js');
      return {
        pages: [{ page: 1, text: htmlToPlainText(decodeText(bytes)), method: 'text-layer', reason: 'HTML file, converted to text' }],
        pageCount: 1,
        lines: 'authored',
        warnings: [],
      };
    }
    case 'application/pdf':
      return readPdfPages(bytes, options, readers);
    case 'image/png':
    case 'image/jpeg':
    case 'image/tiff':
      return readImagePages(bytes, mediaType, options, readers);
  }
}

async function readPdfPages(bytes: Uint8Array, options: PipelineOptions, readers: PageReaders): Promise<ReadPages> {
  const [{ openPdf }, { actualTextSupport }] = await Promise.all([import('../pdf/open-pdf.js'), import('../pdf/actual-text-support.js')]);
  const pdf = await openPdf(bytes, { maxPages: options.maxPages, maxImagePixels: options.maxPixels });
  const warnings: Warning[] = [];
  try {
    const limit = pLimit(pagesInFlight(options));
    const numbers = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
    const finished = countPages(pdf.pageCount, readers);
    const pages = await Promise.all(numbers.map((n) => limit(() => readPdfPage(pdf, n, options, readers, warnings).then(finished))));
    if (pages.some((p) => p.method === 'text-layer' && hasKhmer(p.text)) && !(await actualTextSupport())) {
      warnings.push({
        code: 'ACTUALTEXT_UNSUPPORTED',
        message: 'pdf.js runs without presspipe\'s ActualText patch (vendor/pdfjs/pdf.worker.mjs), so Khmer from text layers may be garbled; reinstall presspipe',
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
  const { openImagePages } = await import('../images/decode-image-pages.js');
  const images = await openImagePages(bytes, mediaType, { maxPixels: options.maxPixels, maxPages: options.maxPages });
  const numbers = Array.from({ length: images.count }, (_, i) => i + 1);
  const warnings: Warning[] = [];
  if (options.ocr === 'never') {
    warnings.push({ code: 'OCR_DISABLED', message: 'the file is an image and OCR is off (--ocr never): no text was read' });
    return {
      pages: numbers.map((page) => ({ page, text: '', method: 'ocr', reason: 'image; OCR is off' })),
      pageCount: images.count,
      lines: 'laid-out',
      warnings,
    };
  }
  const limit = pLimit(pagesInFlight(options));
  const finished = countPages(images.count, readers);
  // Each page is decoded only when its OCR turn comes, so at most pagesInFlight(options) are in memory.
  const pages = await Promise.all(
    numbers.map((page) =>
      limit(async () => {
        const image = await images.decode(page - 1);
        return ocrPage(page, { gray: image.gray, dpi: image.dpi }, 'image', readers.ocr, warnings).then(finished);
      }),
    ),
  );
  return { pages, pageCount: images.count, lines: 'laid-out', warnings };
}

/** Passes each finished page through, telling `onPage` how many are done so far. */
function countPages(total: number, readers: PageReaders): (page: PageContent) => PageContent {
  let done = 0;
  return (page) => {
    done += 1;
    readers.onPage?.({ done, total, page: page.page, method: page.method });
    return page;
  };
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
