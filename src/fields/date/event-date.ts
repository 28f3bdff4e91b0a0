import { hasKhmer } from '../../lang/khmer-script.js';
import type { FieldContext, Span } from '../field-types.js';
import { frontMatterOf } from '../front-matter.js';
import type { SectionLine } from '../section-lines.js';
import { readCuedDateAt } from './cued-date.js';
import { readDateline } from './dateline.js';

// Header lines (headline, labels, bylines, a place or a date alone) are short; a line this long
// with no dateline is the lead paragraph.
const MIN_LEAD_LENGTH = 80;
// What ends the lead's first sentence.
const SENTENCE_END = /[.!?។៕](?=\s|$)/g;

/**
 * The date of the event a release reports: a date that the lead's first sentence introduces with a
 * cue (`On the afternoon of July 5, 2025`, `នាព្រឹកថ្ងៃទី១២ ខែកុម្ភៈ ឆ្នាំ២០២១`). A news lead says when
 * in its first sentence; a cued date further on is background. Null when no section's lead gives one.
 */
export function findEventDate(ctx: FieldContext, lines: SectionLine[]): { iso: string; span: Span } | null {
  const firstLine = frontMatterOf(ctx) === null ? 1 : 0;
  const leads = new Map<number, number>();
  let afterDateline: SectionLine | null = null;
  for (const line of lines) {
    if (leads.has(line.section) || line.index < firstLine) continue;
    const dateline = readDateline(ctx.text, line);
    if (afterDateline?.section === line.section && !dateline) {
      leads.set(line.section, line.start);
    } else if (dateline) {
      if (dateline.leadStart < line.end) leads.set(line.section, dateline.leadStart);
      else afterDateline = line;
    } else if (line.text.length >= MIN_LEAD_LENGTH) {
      leads.set(line.section, line.start);
    }
  }
  for (const start of leads.values()) {
    const found = cuedDateInFirstSentence(ctx.text, start);
    if (found) return found;
  }
  return null;
}

function cuedDateInFirstSentence(text: string, start: number): { iso: string; span: Span } | null {
  const lineEnd = text.indexOf('\n', start);
  const paragraphEnd = lineEnd < 0 ? text.length : lineEnd;
  SENTENCE_END.lastIndex = start;
  let sentenceEnd = paragraphEnd;
  for (let m = SENTENCE_END.exec(text); m && m.index < paragraphEnd; m = SENTENCE_END.exec(text)) {
    sentenceEnd = m.index;
    break;
  }
  for (let pos = start; pos < sentenceEnd; pos++) {
    // An English cue starts a word; Khmer writes words without spaces between them.
    if (pos > start && !/[\s,(]/.test(text[pos - 1]!) && !hasKhmer(text[pos]!)) continue;
    const cued = readCuedDateAt(text, pos);
    if (cued?.date.iso) return { iso: cued.date.iso, span: { start: cued.date.start, end: cued.date.end } };
  }
  return null;
}
