import type { LanguageCode } from '../schema/release.js';
import { splitSections } from '../sections/split-sections.js';
import type { FieldContext } from './field-types.js';
import { frontMatterOf } from './front-matter.js';

/** One non-empty line of a section, with leading spaces skipped. */
export interface SectionLine {
  text: string;
  start: number;
  end: number;
  lang: LanguageCode;
  section: number;
  /** Position among the non-empty lines of its section (0 = first). */
  index: number;
}

/**
 * The non-empty lines of every section in text order, front matter left out (its values are read
 * as metadata, see front-matter.ts). A context without sections is split the way the pipeline
 * splits it, so extractors also work on bare text. A context that carries its lines gives those.
 */
export function sectionLines(ctx: FieldContext): SectionLine[] {
  if (ctx.lines) return ctx.lines;
  const sections = ctx.sections.length > 0 ? ctx.sections : splitSections(ctx.text).sections;
  const bodyStart = frontMatterOf(ctx)?.span.end ?? 0;
  const lines: SectionLine[] = [];
  sections.forEach((section, sectionIndex) => {
    let index = 0;
    let pos = Math.max(section.start, bodyStart);
    while (pos < section.end) {
      const newline = ctx.text.indexOf('\n', pos);
      const lineEnd = newline < 0 || newline > section.end ? section.end : newline;
      let start = pos;
      while (start < lineEnd && /\s/.test(ctx.text[start]!)) start++;
      let end = lineEnd;
      while (end > start && /\s/.test(ctx.text[end - 1]!)) end--;
      if (end > start) {
        lines.push({ text: ctx.text.slice(start, end), start, end, lang: section.lang, section: sectionIndex, index });
        index++;
      }
      pos = lineEnd + 1;
    }
  });
  return lines;
}
