import { z } from 'zod';

/** Every setting of a pipeline run, parsed once at start-up from flags and environment and passed down. */
export const PipelineOptionsSchema = z.object({
  /**
   * When to OCR a page: `auto` when its text layer is missing or untrustworthy, `always`, or `never`.
   * @defaultValue 'auto'
   */
  ocr: z.enum(['auto', 'always', 'never']).default('auto'),
  /**
   * Largest input accepted, in bytes; checked before anything is parsed.
   * @defaultValue 209715200 (200 MiB)
   */
  maxBytes: z.number().int().positive().default(200 * 1024 * 1024),
  /**
   * Largest plain-text file accepted, in bytes. Extraction is close to linear in the text's size
   * (`npm run bench -- --only text-size`), but a press release is rarely over 100 KB, and a limit
   * keeps what one document may cost known in advance.
   * @defaultValue 1048576 (1 MiB: about 1 s of CPU for the pipeline, 150 MB peak RSS for `presspipe extract`)
   */
  maxTextBytes: z.number().int().positive().default(1024 * 1024),
  /**
   * Most pages (PDF pages or TIFF frames) accepted in one document.
   * @defaultValue 500
   */
  maxPages: z.number().int().positive().default(500),
  /**
   * Most pixels in one image or rendered page; guards against decompression bombs.
   * @defaultValue 100000000 (an A4 page at 1,200 dpi is 140 MP; at 300 dpi, 8.7 MP)
   */
  maxPixels: z.number().int().positive().default(100_000_000),
  /**
   * Resolution PDF pages are rendered at for OCR.
   * @defaultValue 300
   */
  ocrDpi: z.number().int().min(72).max(600).default(300),
  /**
   * Directory with `khm.traineddata` and `eng.traineddata` to use instead of the bundled data (e.g. tessdata_best).
   * @defaultValue undefined (the bundled data)
   */
  tessdataDir: z.string().min(1).optional(),
  /**
   * OCR worker threads shared by all documents of the process.
   * @defaultValue the number of CPU cores
   */
  ocrWorkers: z.number().int().positive().optional(),
});
export type PipelineOptions = z.infer<typeof PipelineOptionsSchema>;
export type PipelineOptionsInput = z.input<typeof PipelineOptionsSchema>;
