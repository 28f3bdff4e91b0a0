import type { Span } from '../field-types.js';

/** The opening mark a quotation was found with. */
export type QuoteMark = '“' | '"' | '«' | '‘';

/** A stretch of text between quotation marks, before deciding whether it is speech. */
export interface QuoteSpan {
  mark: QuoteMark;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quotation is never closed. */
  close: number | null;
  /** The words inside the marks, white space trimmed. */
  inner: Span;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Finds every quotation in `text`, in document order, without nesting: a quotation inside
 * another belongs to the outer one. Unclosed quotations end at their paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    let end: { close: number | null; innerEnd: number } | null = null;
    if (c === '«') end = closeGuillemet(text, i);
    else if (c === '“') end = closeCurlyDouble(text, i);
    else if (c === '"' && opensStraightQuote(text, i)) end = closeStraightDouble(text, i);
    else if (c === '‘' && opensSingleQuote(text, i)) end = closeSingle(text, i);
    if (end === null) {
      i++;
      continue;
    }
    const inner = trimSpan(text, i + 1, end.innerEnd);
    spans.push({ mark: c as QuoteMark, open: i, close: end.close, inner });
    i = (end.close ?? end.innerEnd) + 1;
  }
  return spans.filter((s) => s.inner.end > s.inner.start);
}

// Khmer quotations nest («… «មេឃាតករ» …») and run across lines until their ». A « that opens
// on a later line while the first is still open means the first one was never closed.
function closeGuillemet(text: string, open: number): { close: number | null; innerEnd: number } {
  let depth = 1;
  let firstBreak = -1;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n' && firstBreak < 0) firstBreak = j;
    if (c === '«') {
      if (firstBreak >= 0) return { close: null, innerEnd: firstBreak };
      depth++;
    } else if (c === '»') {
      depth--;
      if (depth === 0) return { close: j, innerEnd: j };
    }
  }
  return { close: null, innerEnd: firstBreak >= 0 ? firstBreak : text.length };
}

// English convention: a paragraph that opens with “ and does not close continues in the next
// paragraph that opens with “. A page break may also cut a quotation: then the next paragraph
// holds the ” before any new “.
function closeCurlyDouble(text: string, open: number): { close: number | null; innerEnd: number } {
  return closeAcrossParagraphs(text, open, '“', '”');
}

function closeStraightDouble(text: string, open: number): { close: number | null; innerEnd: number } {
  return closeAcrossParagraphs(text, open, '"', '"');
}

function closeAcrossParagraphs(
  text: string,
  open: number,
  opener: string,
  closer: string,
): { close: number | null; innerEnd: number } {
  let j = open + 1;
  let paragraphEnd = -1;
  while (j < text.length) {
    const c = text[j];
    if (c === closer && (opener !== closer || closesStraightQuote(text, j))) return { close: j, innerEnd: j };
    if (c === opener && opener !== closer) return { close: null, innerEnd: j };
    if (c === '\n') {
      if (paragraphEnd < 0) paragraphEnd = j;
      let next = j;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      const nextBreak = text.indexOf('\n', next);
      const nextParagraph = text.slice(next, nextBreak < 0 ? text.length : nextBreak);
      const closerAt = nextParagraph.indexOf(closer, opener === closer ? 1 : 0);
      const openerAt = opener === closer ? -1 : nextParagraph.indexOf(opener);
      if (text[next] === opener) {
        j = next + 1;
        continue;
      }
      if (closerAt >= 0 && (openerAt < 0 || closerAt < openerAt)) {
        j = next;
        continue;
      }
      return { close: null, innerEnd: paragraphEnd };
    }
    j++;
  }
  return { close: null, innerEnd: paragraphEnd >= 0 ? paragraphEnd : text.length };
}

function opensStraightQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s(\[—–-]/.test(before) && !/\s/.test(after);
}

function closesStraightQuote(text: string, i: number): boolean {
  const after = text[i + 1] ?? ' ';
  return !LETTER.test(after);
}

// ‘ is a quotation only when it opens a word and a ’ later ends one: the apostrophe in don’t is
// the same character as the closing mark but is followed by a letter.
function opensSingleQuote(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return /[\s(\[“"—–-]/.test(before) && LETTER.test(text[i + 1] ?? '');
}

function closeSingle(text: string, open: number): { close: number | null; innerEnd: number } | null {
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') return null;
    if (c === '’' && !LETTER.test(text[j + 1] ?? '')) return { close: j, innerEnd: j };
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
