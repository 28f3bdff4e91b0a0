import { createRequire } from 'node:module';
import type { FieldContext, Span } from './field-types.js';

// Few texts open with front matter, so the YAML parser (some 80 modules) is required on the first
// one that does rather than imported by every run; field rules are synchronous, hence `require`.
let yaml: typeof import('yaml') | undefined;
const loadYaml = (): typeof import('yaml') => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

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

// Keys that site generators (Jekyll, Hugo, Astro, Eleventy) put in front matter.
const FRONT_MATTER_KEYS = [
  'title', 'description', 'date', 'pubDate', 'updatedDate', 'lastmod', 'author', 'authors', 'image', 'heroImage',
  'thumbnail', 'cover', 'tags', 'categories', 'category', 'keywords', 'slug', 'lang', 'layout', 'permalink',
  'draft', 'summary', 'excerpt', 'type', 'weight',
].join('|');
// Exporters add their own keys, written in snake case (`published_time`, `source_url`).
const KEY = `(?:${FRONT_MATTER_KEYS}|[a-z]+(?:_[a-z]+)+)`;
const FLATTENED_OPENING = new RegExp(`^---[ \\t\\n]+(?=${KEY}:\\s)`);
const SPACE_BEFORE_KEY = new RegExp(`[ \\t](?=${KEY}:\\s)`, 'g');
// The closing rule may have the body's first words joined after it (`--- Today, at …`).
const FLATTENED_CLOSING = /[ \t\n]---(?=[ \t\n]|$)/;

/**
 * The front matter at the very start of `text`, or null when the text does not open with one. A
 * website export printed to PDF comes back with its front-matter lines joined into one run
 * (`--- title: … description: … date: 2023-10-11 author: …`); each key then starts its line again.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  return readLineFrontMatter(text) ?? readLineFrontMatter(unflattened(text)) ?? readRulelessFrontMatter(text);
}

// A block without rules names at least a title or a date among this many site-generator keys.
const MIN_RULELESS_KEYS = 2;
const RULELESS_PARAGRAPH = new RegExp(`^(?:${FRONT_MATTER_KEYS}):\\s`);
const NAMED_KEY = new RegExp(`(?:^|[ \\t\\n])(${FRONT_MATTER_KEYS}):\\s`, 'g');

/**
 * Metadata paragraphs that open the text without `---` rules (`title: … description: … date: …`):
 * MultiMarkdown and Pandoc headers are written so, and OCR or a PDF print loses the rules of a
 * website export. The leading paragraphs that each open with a key are the block.
 */
function readRulelessFrontMatter(text: string): FrontMatter | null {
  if (!RULELESS_PARAGRAPH.test(text)) return null;
  let end = 0;
  for (let next = 0; next < text.length && RULELESS_PARAGRAPH.test(text.slice(next, next + 40)); ) {
    const gap = text.indexOf('\n\n', next);
    end = gap < 0 ? text.length : gap;
    next = gap < 0 ? text.length : gap + 2;
  }
  const block = text.slice(0, end);
  const keys = new Set([...block.matchAll(NAMED_KEY)].map((m) => m[1]));
  if (keys.size < MIN_RULELESS_KEYS || !(keys.has('title') || keys.has('date'))) return null;
  return parseFrontMatter(0, block.replace(SPACE_BEFORE_KEY, '\n'), end);
}

/**
 * `text` with a line break put back before each front-matter key of a joined run, in place of the
 * space before it, so every offset stays where it was.
 */
function unflattened(text: string): string {
  if (!FLATTENED_OPENING.test(text)) return text;
  const closing = FLATTENED_CLOSING.exec(text.slice(3));
  if (!closing) return text;
  const end = 3 + closing.index + 1;
  const head = `---\n${text.slice(4, end - 1).replace(SPACE_BEFORE_KEY, '\n')}\n---`;
  const rest = text.slice(end + 3);
  return head + (rest.startsWith(' ') || rest.startsWith('\t') ? `\n${rest.slice(1)}` : rest);
}

function readLineFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const bodyStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(bodyStart));
  if (!closing) return null;
  return parseFrontMatter(bodyStart, text.slice(bodyStart, bodyStart + closing.index), bodyStart + closing.index + closing[0].length);
}

/** The YAML mapping `body` (written at `bodyStart` of the text, line breaks restored) as front matter ending at `end`. */
function parseFrontMatter(bodyStart: number, body: string, end: number): FrontMatter | null {
  const source = reindent(body);
  const { isMap, isScalar, parseDocument } = loadYaml();
  const doc = parseDocument(source.yaml);
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
      span: { start: bodyStart + source.toText(start + quoted), end: bodyStart + source.toText(end - quoted) },
    });
  }
  return { span: { start: 0, end }, fields };
}

const CONTINUATION_INDENT = '  ';

/**
 * The normalized text has lost the spaces that open its lines, and YAML needs them on the lines
 * that go on with a value (`title: "…Targets\` / `  \ and Financing"`): two are put back on every
 * line that is not a top-level key or a list item, and `toText` maps an offset back.
 */
function reindent(source: string): { yaml: string; toText(offset: number): number } {
  const inserted: number[] = [];
  let yaml = '';
  for (const line of source.split('\n')) {
    if (yaml.length > 0) yaml += '\n';
    if (line.length > 0 && !/^(?:[\w-]+:(?:\s|$)|- |#)/.test(line)) {
      inserted.push(yaml.length);
      yaml += CONTINUATION_INDENT;
    }
    yaml += line;
  }
  return {
    yaml,
    toText: (offset) => offset - CONTINUATION_INDENT.length * inserted.filter((at) => at < offset).length,
  };
}

/** The context's front matter; a context that was not given one reads it from its text. */
export function frontMatterOf(ctx: FieldContext): FrontMatter | null {
  return ctx.frontMatter === undefined ? readFrontMatter(ctx.text) : ctx.frontMatter;
}
