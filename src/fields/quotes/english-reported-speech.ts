import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import { ENGLISH_DOCUMENT_NOUNS } from '../../lang/quoted-document-nouns.js';
import {
  ENGLISH_CLAUSE_AUXILIARIES,
  ENGLISH_THAT_OPTIONAL_VERBS,
  ENGLISH_THAT_VERBS,
} from '../../lang/reported-speech-verbs.js';
import { subjectReference } from './sieves/english-subject.js';
import type { QuoteSpan } from './quote-marks.js';
import { sentenceEnd, sentenceStart } from './quote-sentence.js';
import { citesDocument } from './quote-surroundings.js';
import { insideQuotation, OPENS_QUOTATION, type ReportedStatement } from './reported-statement.js';

const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
const THAT_CLAUSE = new RegExp(`\\b(?:${words(ENGLISH_THAT_VERBS)})\\s+that\\s+`, 'g');
// "said the ministry will …": without "that", a determiner or pronoun must open a clause whose
// auxiliary follows within a few words.
const BARE_CLAUSE = new RegExp(
  `\\b(?:${words(ENGLISH_THAT_OPTIONAL_VERBS)})\\s+(?=(?:the|a|an|it|he|she|they|we|its|his|her|their|our|this|these)\\s+` +
    `(?:[\\w’'-]+\\s+){0,5}?(?:${ENGLISH_CLAUSE_AUXILIARIES.join('|')})\\b)`,
  'g',
);
const TITLES = new Set(ENGLISH_TITLE_WORDS);
const TITLE_ONLY = /^(?:the|The)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)$/;
const MIN_STATEMENT_WORDS = 3;

/** Reported statements of an English stretch: "X said that …", "is optimistic that …", "said the ministry will …". */
export function readEnglishReportedSpeech(text: string, start: number, end: number, quoted: readonly QuoteSpan[]): ReportedStatement[] {
  const slice = text.slice(start, end);
  const found: ReportedStatement[] = [];
  for (const re of [THAT_CLAUSE, BARE_CLAUSE]) {
    for (const m of slice.matchAll(re)) {
      const verbAt = start + m.index;
      const from = verbAt + m[0].length;
      if (insideQuotation(quoted, verbAt) || OPENS_QUOTATION.test(text.slice(from, from + 3))) continue;
      if (found.some((f) => f.statement.start <= verbAt && verbAt < f.statement.end)) continue;
      const subjectStart = sentenceStart(text, verbAt, start);
      const subject = text.slice(subjectStart, verbAt);
      // `“…,” said the minister`: a reporting verb after a quotation attributes the quotation.
      if (/[”"]/.test(subject) || citesDocument(subject, ENGLISH_DOCUMENT_NOUNS)) continue;
      const statement = { start: from, end: sentenceEnd(text, from, end) };
      if (text.slice(statement.start, statement.end).split(/\s+/).length < MIN_STATEMENT_WORDS) continue;
      const reference = subjectReference(subject, subjectStart);
      const title = titleOnly(subject);
      if (!reference && !title) continue;
      found.push({
        lang: 'en',
        statement,
        subject: { start: subjectStart, end: verbAt },
        reference: reference ?? { kind: 'unnamed' },
        ...(title ? { title } : {}),
      });
    }
  }
  return found.sort((a, b) => a.statement.start - b.statement.start);
}

// "The Minister is optimistic that": a subject that is only a title.
function titleOnly(subject: string): string | undefined {
  const m = TITLE_ONLY.exec(subject.trim().replace(/^.*,\s*/, ''));
  const last = m?.[1]!.split(/\s+/).pop()?.toLowerCase();
  return last && TITLES.has(last) ? last : undefined;
}
