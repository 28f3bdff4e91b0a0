import type { LanguageCode } from '../schema/release.js';
import type { FieldContext } from './field-types.js';

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
 * The non-empty lines of every section in text order. A context without sections is read as one
 * section whose language is guessed from its script, so extractors also work on bare text.
 */
export function sectionLines(ctx: FieldContext): SectionLine[] {
  const sections = ctx.sections.length > 0 ? ctx.sections : [{ lang: guessLang(ctx.text), start: 0, end: ctx.text.length }];
  const lines: SectionLine[] = [];
  sections.forEach((section, sectionIndex) => {
    let index = 0;
    let pos = section.start;
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

/** How many Khmer-block and Latin-script letters `text` has, to tell which script it is written in. */
export function scriptLetterCounts(text: string): { khmer: number; latin: number } {
  return { khmer: text.match(/[\u1780-\u17FF]/g)?.length ?? 0, latin: text.match(/\p{Script=Latin}/gu)?.length ?? 0 };
}

function guessLang(text: string): LanguageCode {
  const { khmer, latin } = scriptLetterCounts(text);
  return khmer >= latin * 0.3 ? 'km' : 'en';
}
