import type { PipelineOptions } from '../config/pipeline-options.js';
import { UnsupportedMediaTypeError } from '../errors/input-errors.js';
import { decodeText } from '../load/decode-text.js';
import type { LineOrigin } from '../pages/assemble-text.js';
import type { PageContent } from '../pages/page-content.js';
import type { MediaType, Warning } from '../schema/release.js';

/** Engines that turn bytes into page text; the OCR engine joins here. */
export type PageReaders = object;

/** The pages of a document with how their lines were made, and what went wrong on the way. */
export interface ReadPages {
  pages: PageContent[];
  pageCount: number;
  lines: LineOrigin;
  warnings: Warning[];
}

/** Gets the text of every page, the way each media type needs. */
export async function readPages(
  bytes: Uint8Array,
  mediaType: MediaType,
  _options: PipelineOptions,
  _readers: PageReaders,
): Promise<ReadPages> {
  if (mediaType === 'text/plain') {
    return {
      pages: [{ page: 1, text: decodeText(bytes), method: 'text-layer', reason: 'plain-text file' }],
      pageCount: 1,
      lines: 'authored',
      warnings: [],
    };
  }
  throw new UnsupportedMediaTypeError(`${mediaType}, which this build cannot read yet`);
}
