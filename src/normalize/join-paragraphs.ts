import { KHMER_ANY } from '../lang/khmer-script.js';
import { type MappedText, rewrite } from '../text/mapped-text.js';

const KHMER_BEFORE = new RegExp(`[${KHMER_ANY}]$`);
const KHMER_AFTER = new RegExp(`^[${KHMER_ANY}]`);
// What ends a sentence or a quotation in either language; a paragraph that ends otherwise was cut.
const TERMINAL = /[.!?។៕៖:;”»"’)\]]$/;
// A sentence goes on with a lower-case word; a brand written in camel case (`iFly`, `eBay`) starts one.
const LOWERCASE_WORD = /^\p{Ll}+(?!\p{L})/u;
const OPENING_QUOTES = /[“«]/g;
const CLOSING_QUOTES = /[”»]/g;

/**
 * Joins the lines of each paragraph of a laid-out page (PDF or OCR) into one line: Khmer wraps
 * inside words without a hyphen or space, so a break between two Khmer letters joins with nothing;
 * any other break becomes a space.
 */
export function joinLayoutLines(t: MappedText): MappedText {
  return rewrite(t, /(?<!\n)\n(?!\n)/g, (m) => joint(t.text, m.index, m.index + 1));
}

/**
 * Joins paragraphs that a page break (or a careless copy) cut in the middle of a sentence: the first
 * ends without terminal punctuation and either the second goes on in lower case or a quotation
 * opened in the first is still open.
 */
export function joinBrokenParagraphs(t: MappedText): MappedText {
  const text = t.text;
  return rewrite(t, /\n\n/g, (m) => {
    const before = paragraphBefore(text, m.index);
    const after = text.slice(m.index + 2, m.index + 40);
    if (TERMINAL.test(before)) return m[0];
    const continuesLowercase = LOWERCASE_WORD.test(after);
    if (continuesLowercase || quotationOpen(before)) return joint(text, m.index, m.index + 2);
    return m[0];
  });
}

function joint(text: string, breakStart: number, breakEnd: number): string {
  const left = text.slice(Math.max(0, breakStart - 1), breakStart);
  const right = text.slice(breakEnd, breakEnd + 1);
  return KHMER_BEFORE.test(left) && KHMER_AFTER.test(right) ? '' : ' ';
}

function paragraphBefore(text: string, end: number): string {
  const start = text.lastIndexOf('\n\n', end - 1);
  return text.slice(start < 0 ? 0 : start + 2, end);
}

function quotationOpen(paragraph: string): boolean {
  const opened = paragraph.match(OPENING_QUOTES)?.length ?? 0;
  const closed = paragraph.match(CLOSING_QUOTES)?.length ?? 0;
  return opened > closed;
}
