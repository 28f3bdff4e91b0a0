import { hasKhmer } from '../../lang/khmer-script.js';

const OPENING_MARK = /^[“"‘«]/;

/**
 * `text` with every soft line break (a line wrapped inside its paragraph, as pdftotext and
 * laid-out PDFs print them) replaced by a space, so the same offsets hold: attribution on the
 * line before a quotation (`Mr X, Role said,` / `“…` ) and after its wrapped end read as one
 * sentence. Blank lines, form feeds and Khmer line ends stay hard: a Khmer line is a paragraph.
 */
export function flowedLines(text: string): string {
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (isSoftBreak(text, i)) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

function isSoftBreak(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at).trimEnd();
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd).trimStart();
  if (line === '' || next === '' || /\f/.test(line + next)) return false;
  const last = line[line.length - 1]!;
  const first = next[0]!;
  if (hasKhmer(last) || hasKhmer(first)) return false;
  // `Mr X, Role at Org said,` / `“…`: a comma or colon hands the sentence to the quotation below.
  if (OPENING_MARK.test(next)) return /[,:]/.test(last);
  if (/\p{Ll}/u.test(first)) return true;
  // `“…,”` / `said X.`: a quotation closed on a comma goes on with its attribution.
  if (/[”"’]/.test(last)) return /,$/.test(line.slice(0, -1));
  return /[\p{L}\p{N},;&(\-–—]/u.test(last);
}
