import { hasKhmer } from '../../lang/khmer-script.js';
import { KHMER_SPEECH_AUXILIARIES } from '../../lang/khmer-speech-verbs.js';
import type { SpeakerReference } from '../speakers/person-mention.js';
import type { QuoteSpan } from './quote-marks.js';

/** Whether a quotation is speech, and who the words around it say spoke it. */
export interface QuoteReading {
  isSpeech: boolean;
  /** Set when the surrounding words attribute it (a speech verb or a colon introduced it). */
  reference?: SpeakerReference;
}

/** The text around one quotation, bounded by its sentence and by neighbouring quotations. */
export interface QuoteSurroundings {
  text: string;
  span: QuoteSpan;
  /** Where the words before the quote that belong to its sentence start. */
  beforeStart: number;
  /** Where the words after the closing mark that belong to its sentence end. */
  afterEnd: number;
  /** The start of the quote's paragraph. */
  paragraphStart: number;
  /** True when another quotation came earlier in the same paragraph (“…,” he said. “…”). */
  followsQuote: boolean;
  /** True when the previous quotation, in the same sentence, was speech (he said, “…” and, “…”). */
  continuesSpeech: boolean;
}

// A quote of at most this many words (English) or Khmer letters is a label or scare quote unless a
// speech verb attributes it right at its side.
const SHORT_ENGLISH_WORDS = 4;
const SHORT_KHMER_LETTERS = 20;

const TRAILING_AUXILIARY = new RegExp(`[\\s*,]*(?:${KHMER_SPEECH_AUXILIARIES.join('|')})?[\\s*,]*$`);

/** The words inside the quotation marks. */
export function innerText(s: QuoteSurroundings): string {
  return s.text.slice(s.span.inner.start, s.span.inner.end);
}

/** Offset just past the closing mark (or the quote's end when unclosed). */
export function closeEnd(s: QuoteSurroundings): number {
  return s.span.close === null ? s.span.inner.end : s.span.close + 1;
}

/** At most SHORT_ENGLISH_WORDS words: a label or scare quote unless a verb names its speaker. */
export function isShortEnglish(s: QuoteSurroundings): boolean {
  return innerText(s).split(/\s+/).filter(Boolean).length <= SHORT_ENGLISH_WORDS;
}

/** At most SHORT_KHMER_LETTERS letters: a label or scare quote unless introduced as speech. */
export function isShortKhmer(s: QuoteSurroundings): boolean {
  return innerText(s).replace(/\s/g, '').length <= SHORT_KHMER_LETTERS;
}

/** True when nothing of its sentence comes before the quotation. */
export function standsAlone(s: QuoteSurroundings): boolean {
  return s.text.slice(s.beforeStart, s.span.open).replace(/[\s*]/g, '') === '';
}

/** True when the words before a quotation end with a label word (dubbed, ហៅ …). */
export function endsWithLabel(before: string, labels: readonly string[]): boolean {
  // "ហៅថា «", "មានចំណងជើងថា«": the conjunction ថា may sit between the label word and the mark.
  const tail = before.replace(/[\s*:,៖]+$/, '').replace(/ថា$/, '').trimEnd().toLowerCase();
  return labels.some((w) => tail === w || tail.endsWith(` ${w}`) || (hasKhmer(w) && tail.endsWith(w)));
}

/** The words before a Khmer speech verb without the auxiliary (បាន, ក៏) and marks that end them. */
export function withoutTrailingAuxiliary(subject: string): string {
  return subject.replace(TRAILING_AUXILIARY, '');
}

/** True when the subject right before the speech verb is a document (សៀវភៅនោះបាន…, "the handbook"). */
export function citesDocument(subject: string, nouns: readonly string[]): boolean {
  const chunks = withoutTrailingAuxiliary(subject).split(/\s+/);
  const last = chunks.slice(-2).join(' ').toLowerCase();
  return nouns.some((n) => last.startsWith(n) || last.includes(` ${n}`));
}
