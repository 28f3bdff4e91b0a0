import { KHMER_REPORTING_VERBS, KHMER_THA_WORDS } from '../../lang/reported-speech-verbs.js';
import { KHMER_TITLE_WORDS } from '../../lang/khmer-titles.js';
import { khmerSubject } from './khmer-quote-reading.js';
import type { QuoteSpan } from './quote-marks.js';
import { insideQuotation, OPENS_QUOTATION, type ReportedStatement } from './reported-statement.js';

// Words may stand between the verb and its ថា (មានសង្ឃឹមជឿជាក់ប្រកបដោយសុទិដ្ឋិនិយមថា), but not a clause.
const MAX_VERB_TO_THA = 40;
const MIN_STATEMENT_LETTERS = 10;

/**
 * Reported statements of a Khmer stretch: in each sentence, the first ថា that closes a reporting
 * verb (`… បានមានប្រសាសន៍ថា …`, `… បានគូសបញ្ជាក់ថា …`) opens the statement, which runs to ។.
 */
export function readKhmerReportedSpeech(text: string, start: number, end: number, quoted: readonly QuoteSpan[]): ReportedStatement[] {
  const found: ReportedStatement[] = [];
  for (const m of text.slice(start, end).matchAll(/[^។\n]+/g)) {
    const sentenceAt = start + m.index;
    const sentence = m[0];
    for (let k = sentence.indexOf('ថា'); k >= 0; k = sentence.indexOf('ថា', k + 1)) {
      if (KHMER_THA_WORDS.some((w) => sentence.startsWith(w, k))) continue;
      const verb = reportingVerbBefore(sentence, k);
      if (!verb || insideQuotation(quoted, sentenceAt + verb.start)) continue;
      const after = sentence.slice(k + 2);
      if (OPENS_QUOTATION.test(after)) break;
      const lead = after.length - after.replace(/^[\s៖:]+/, '').length;
      const statement = { start: sentenceAt + k + 2 + lead, end: sentenceAt + sentence.trimEnd().length };
      if (text.slice(statement.start, statement.end).replace(/\s/g, '').length < MIN_STATEMENT_LETTERS) break;
      const subject = { start: sentenceAt, end: sentenceAt + verb.start };
      const title = titleIn(text.slice(subject.start, subject.end));
      found.push({ lang: 'km', statement, subject, reference: khmerSubject(text, subject.start, subject.end), ...(title ? { title } : {}) });
      break;
    }
  }
  return found;
}

function reportingVerbBefore(sentence: string, tha: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const verb of KHMER_REPORTING_VERBS) {
    const k = sentence.lastIndexOf(verb, tha - verb.length);
    if (k < 0 || tha - (k + verb.length) > MAX_VERB_TO_THA) continue;
    if (!best || k > best.start) best = { start: k, end: k + verb.length };
  }
  return best;
}

// `ឯកឧត្តមរដ្ឋមន្ត្រី មានសង្ឃឹម…ថា`: the longest title word in the subject names the holder.
function titleIn(subject: string): string | undefined {
  return KHMER_TITLE_WORDS.filter((w) => subject.includes(w)).sort((a, b) => b.length - a.length)[0];
}
