import type { Evidence, Section } from '../schema/release.js';

/**
 * What every field extractor reads: the normalized full text and its language sections.
 * Extractors return evidence as offsets only; the pipeline adds page and OCR confidence.
 */
export interface FieldContext {
  text: string;
  sections: Section[];
}

/** Offsets into `FieldContext.text`. */
export type Span = Pick<Evidence, 'start' | 'end'>;

