import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CorruptPdfError, EncryptedPdfError, InputTooLargeError } from '../errors/input-errors.js';
import { measureGlyphCoverage } from './glyph-coverage.js';
import { groupLines, joinParagraphs, type PositionedText } from './page-text-layout.js';
import type {
  OpenPdfOptions,
  PdfDocumentSource,
  PdfPageText,
  RenderedGrayPage,
  RenderedPage,
  RenderPageOptions,
} from './pdf-source.js';
import { loadPdfjs, pdfjsAssetPaths } from './pdfjs-runtime.js';
import { fittingDpi, POINTS_PER_INCH } from './render-resolution.js';

type RenderParameters = Parameters<PDFPageProxy['render']>[0];

/** The part of @napi-rs/canvas that pdf.js's Node canvas factory hands back and we use. */
interface NodeCanvasAndContext {
  canvas: { width: number; height: number; encode(format: 'png'): Promise<Uint8Array> };
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } };
}
interface CanvasFactory {
  create(width: number, height: number): NodeCanvasAndContext;
  destroy(entry: NodeCanvasAndContext): void;
}

/**
 * Opens a PDF from its bytes with pdf.js (no network, no eval, fonts and cMaps from the installed
 * package). Throws `EncryptedPdfError`, `CorruptPdfError`, or `InputTooLargeError('pages', …)`.
 */
export async function openPdf(bytes: Uint8Array, options: OpenPdfOptions): Promise<PdfDocumentSource> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js detaches the buffer it gets and refuses a Buffer: hand it a plain copy.
    data: new Uint8Array(bytes),
    ...pdfjsAssetPaths(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // An embedded image past this many pixels is left out instead of decoded: a small PDF can
    // hold a Flate "bomb" that would take gigabytes to draw.
    maxImageSize: options.maxImagePixels ?? -1,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toOpenError(error);
  }
  if (doc.numPages > options.maxPages) {
    await doc.destroy();
    throw new InputTooLargeError('pages', doc.numPages, options.maxPages);
  }
  return new PdfjsDocumentSource(doc);
}

function toOpenError(error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new EncryptedPdfError({ cause: error });
  return new CorruptPdfError(error instanceof Error ? error.message : String(error), { cause: error });
}

class PdfjsDocumentSource implements PdfDocumentSource {
  constructor(private readonly doc: PDFDocumentProxy) {}

  get pageCount(): number {
    return this.doc.numPages;
  }

  async readPageText(pageNumber: number): Promise<PdfPageText> {
    const page = await this.page(pageNumber);
    try {
      const content = await page.getTextContent();
      const runs: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, hasEOL: item.hasEOL });
      }
      const coverage = measureGlyphCoverage(runs.map((run) => run.str));
      return { page: pageNumber, text: joinParagraphs(groupLines(runs)), ...coverage };
    } catch (error) {
      throw pageError(pageNumber, error);
    } finally {
      page.cleanup();
    }
  }

  async renderPage(pageNumber: number, options: RenderPageOptions): Promise<RenderedPage> {
    return this.draw(pageNumber, options, async (entry, width, height, dpi) => {
      const png = await entry.canvas.encode('png');
      return { width, height, dpi, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength) };
    });
  }

  async renderPageGray(pageNumber: number, options: RenderPageOptions): Promise<RenderedGrayPage> {
    return this.draw(pageNumber, options, async (entry, width, height, dpi) => {
      // Reading the pixels back is about four times cheaper than encoding and decoding a PNG.
      const { data } = entry.context.getImageData(0, 0, width, height);
      // gray-image.js also holds sharp's decoder: loaded on the first rendered page, not for text layers.
      const { grayFromRgba } = await import('../images/gray-image.js');
      return { width, height, dpi, gray: grayFromRgba(data, width, height) };
    });
  }

  private async draw<T>(
    pageNumber: number,
    options: RenderPageOptions,
    read: (entry: NodeCanvasAndContext, width: number, height: number, dpi: number) => Promise<T>,
  ): Promise<T> {
    const page = await this.page(pageNumber);
    const factory = this.doc.canvasFactory as CanvasFactory;
    let entry: NodeCanvasAndContext | undefined;
    try {
      const { width: widthPt, height: heightPt } = page.getViewport({ scale: 1 });
      const dpi = fittingDpi(widthPt, heightPt, options);
      const viewport = page.getViewport({ scale: dpi / POINTS_PER_INCH });
      const width = Math.floor(viewport.width);
      const height = Math.floor(viewport.height);
      entry = factory.create(width, height);
      await page.render({
        canvas: entry.canvas as unknown as RenderParameters['canvas'],
        canvasContext: entry.context as RenderParameters['canvasContext'],
        viewport,
        background: 'rgb(255,255,255)',
      }).promise;
      return await read(entry, width, height, dpi);
    } catch (error) {
      throw pageError(pageNumber, error);
    } finally {
      if (entry) factory.destroy(entry);
      page.cleanup();
    }
  }

  async close(): Promise<void> {
    await this.doc.destroy();
  }

  private async page(pageNumber: number): Promise<PDFPageProxy> {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > this.doc.numPages) {
      throw new RangeError(`Expected a page number from 1 to ${this.doc.numPages}, got ${pageNumber}`);
    }
    try {
      return await this.doc.getPage(pageNumber);
    } catch (error) {
      throw pageError(pageNumber, error);
    }
  }
}

function pageError(pageNumber: number, error: unknown): CorruptPdfError {
  const detail = error instanceof Error ? error.message : String(error);
  return new CorruptPdfError(`page ${pageNumber}: ${detail}`, { cause: error });
}
