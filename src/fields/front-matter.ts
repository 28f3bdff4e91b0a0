import { isMap, isScalar, parseDocument } from 'yaml';
import type { FieldContext, Span } from './field-types.js';

/** One scalar value of the front matter, as YAML reads it, and where it is written in the text. */
export interface FrontMatterValue {
  value: string;
  span: Span;
}

/**
 * The YAML front matter that opens a website export (Jekyll, Hugo, Astro: `---`, `key: value`
 * lines, `---`). Its values are metadata, never prose: field rules read the title and date from
 * `fields` and skip `span` when they look for quotes, names and organizations.
 */
export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  span: Span;
  /** The scalar values of the top-level keys. */
  fields: ReadonlyMap<string, FrontMatterValue>;
}

const OPENING = /^---[ \t]*\n/;
// YAML ends a document with `---` (the next one starts) or `...`; site generators use `---`.
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** The front matter at the very start of `text`, or null when the text does not open with one. */
export function readFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const bodyStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(bodyStart));
  if (!closing) return null;
  const source = text.slice(bodyStart, bodyStart + closing.index);
  const doc = parseDocument(source);
  // A `---` rule over prose is a markdown horizontal line, not metadata: only a clean YAML mapping counts.
  if (doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.items.length === 0) return null;
  const fields = new Map<string, FrontMatterValue>();
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || pair.value.range === undefined || pair.value.range === null) continue;
    const value = pair.value.value;
    if (value === null || typeof value === 'object') continue;
    const [start, end] = pair.value.range;
    const quoted = pair.value.type === 'QUOTE_DOUBLE' || pair.value.type === 'QUOTE_SINGLE' ? 1 : 0;
    fields.set(String(pair.key.value), {
      value: String(value),
      span: { start: bodyStart + start + quoted, end: bodyStart + end - quoted },
    });
  }
  return { span: { start: 0, end: bodyStart + closing.index + closing[0].length }, fields };
}

/** The context's front matter; a context that was not given one reads it from its text. */
export function frontMatterOf(ctx: FieldContext): FrontMatter | null {
  return ctx.frontMatter === undefined ? readFrontMatter(ctx.text) : ctx.frontMatter;
}

/** Whether `[start, end)` lies inside the front matter. */
export function insideFrontMatter(frontMatter: FrontMatter | null, start: number, end: number): boolean {
  return frontMatter !== null && start >= frontMatter.span.start && end <= frontMatter.span.end;
}
