import type { Evidence, Section } from '../schema/release.js';
import type { FrontMatter } from './front-matter.js';
import type { SectionLine } from './section-lines.js';

/**
 * What every field extractor reads: the normalized full text and its language sections.
 * Extractors return evidence as offsets only; the pipeline adds page and OCR confidence.
 */
export interface FieldContext {
  text: string;
  sections: Section[];
  /** The YAML front matter opening the text (null: none); read from `text` when not given. */
  frontMatter?: FrontMatter | null;
  /** The non-empty lines of the sections (see sectionLines); read from `text` when not given. */
  lines?: SectionLine[];
}

/** Offsets into `FieldContext.text`. */
export type Span = Pick<Evidence, 'start' | 'end'>;

