import { KHMER_PERSON_CLASSIFIERS } from '../../lang/khmer-person-classifiers.js';
import { KHMER_DEMONSTRATIVES } from '../../lang/khmer-pronouns.js';
import { hasKhmer } from '../../lang/khmer-script.js';
import type { LanguageCode, Quote, Speaker, Warning } from '../../schema/release.js';
import type { FieldContext } from '../field-types.js';
import type { PersonMention, SpeakerReference } from '../speakers/person-mention.js';
import { toSpeaker } from '../speakers/speaker-record.js';
import { mergeSpeakers, registerSpeaker, type SpeakerEntry } from '../speakers/speaker-registry.js';
import { alignBilingualQuotes } from './align-bilingual-quotes.js';
import { readEnglishQuote } from './english-quote-reading.js';
import { readEnglishReportedSpeech } from './english-reported-speech.js';
import { readKhmerQuote } from './khmer-quote-reading.js';
import { readKhmerReportedSpeech } from './khmer-reported-speech.js';
import { personTimeline } from './person-timeline.js';
import { flowedLines } from './flowed-lines.js';
import { frontMatterOf } from '../front-matter.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import { sentenceEnd, sentenceStart } from './quote-sentence.js';
import type { ReportedStatement } from './reported-statement.js';
import { khmerDescribedTitle, resolveReference } from './resolve-reference.js';
import { followOnSpeaker } from './sieves/follow-on-quote.js';
import { onlyPersonInParagraph } from './sieves/paragraph-person.js';
import { titleHolder } from './title-holder.js';

// A quote whose words (at least this many characters) are part of another quote repeats it (a
// pull-quote or summary repeating a body quote, often its last sentence), so they share a speaker.
const MIN_REPEAT_LENGTH = 20;

interface Found {
  span: QuoteSpan;
  lang: LanguageCode;
  text: string;
  reference?: SpeakerReference;
  paragraphStart: number;
  speaker?: SpeakerEntry;
  alignedWith?: number;
  /** Ordinal of its paragraph in its section (see paragraphOrdinal). */
  paragraph: number;
  /** True when the quotation stops before its closing mark. */
  cut?: boolean;
  /** True when a name next to the quote gave its speaker. */
  namedBySurroundings?: boolean;
}

/**
 * Finds the direct quotes of a release (Khmer and English), who said each, and the speakers;
 * pairs the Khmer and English versions of the same quote in a bilingual release. Statements
 * reported as indirect speech follow the direct quotes as `kind: "reported"`.
 */
export function extractQuotesAndSpeakers(ctx: FieldContext): { speakers: Speaker[]; quotes: Quote[]; warnings: Warning[] } {
  // Attribution is read on the text with wrapped lines flowed (same offsets); quote text and
  // names are still taken from the text itself. The section lines are those of the text, not of
  // the flowed text, so they stay behind.
  const { lines: _, ...unflowed } = ctx;
  const flowed: FieldContext = { ...unflowed, text: flowedLines(ctx.text) };
  const { text } = flowed;
  const spans = findQuoteSpans(text);
  const found = readQuotes(flowed, ctx.text, spans);
  const reported = findReportedStatements(flowed, spans);
  const attributed = [...found, ...reported].flatMap((q) => (q.reference?.kind === 'named' ? [q.reference.mention] : []));
  const timeline = personTimeline(flowed, attributed, spans);
  const entries: SpeakerEntry[] = [];
  found.forEach((q, k) => {
    const mention = q.reference && resolveReference(text, q.reference, q.lang, timeline);
    if (mention) {
      q.speaker = registerSpeaker(entries, mention);
      q.namedBySurroundings = q.reference?.kind === 'named';
    } else if (q.reference === undefined) q.speaker = inheritedSpeaker(found, k);
    if (q.speaker || q.lang !== 'en' || q.reference?.kind === 'pronoun') return;
    const only = onlyPersonInParagraph(text, q.span, q.lang, timeline);
    if (only) q.speaker = registerSpeaker(entries, resolveReference(text, { kind: 'named', mention: only }, q.lang, timeline)!);
    else if (q.reference === undefined) q.speaker = followOnSpeaker(text, found, k);
  });
  for (const q of found) q.speaker = jobHolder(text, q, entries) ?? q.speaker;
  for (const q of found) if (!q.speaker) q.speaker = repeatedSpeaker(found, q);
  const statements: Alignable[] = reported.map((r) => {
    const mention = reportedSpeaker(text, r, timeline);
    return {
      lang: r.lang,
      text: joinLines(ctx.text.slice(r.statement.start, r.statement.end)),
      paragraph: paragraphOrdinal(flowed, r.statement.start, r.lang),
      ...(mention ? { speaker: registerSpeaker(entries, mention) } : {}),
    };
  });
  alignAndMerge(found, entries, [...found, ...statements]);
  shareTranslatedSpeakers(found);
  alignAndMerge(statements, entries, [...found, ...statements], found.length);

  const live = entries.filter((e) => [...found, ...statements].some((q) => q.speaker === e));
  const speakers = live.map((e) => toSpeaker(text, e)).sort((a, b) => a.evidence.start - b.evidence.start);
  const quotes: Quote[] = found.map((q) => ({
    kind: 'direct',
    text: q.text,
    lang: q.lang,
    speaker: q.speaker ? q.speaker.name : null,
    ...(q.alignedWith !== undefined ? { alignedWith: q.alignedWith } : {}),
    evidence: { ...q.span.inner },
  }));
  statements.forEach((r, k) => {
    quotes.push({
      kind: 'reported',
      text: r.text,
      lang: r.lang,
      speaker: r.speaker ? r.speaker.name : null,
      ...(r.alignedWith !== undefined ? { alignedWith: r.alignedWith } : {}),
      evidence: { ...reported[k]!.statement },
    });
  });
  const warnings: Warning[] = found
    .filter((q) => !q.speaker)
    .map((q) => ({
      code: 'QUOTE_UNATTRIBUTED',
      message: `quotes: no speaker could be named for the quote starting "${q.text.slice(0, 40)}"`,
      evidence: { ...q.span.inner },
    }));
  return { speakers, quotes, warnings };
}

// Reported statements of every section, in document order (a bare text reads as both languages).
function findReportedStatements(ctx: FieldContext, quoted: QuoteSpan[]): ReportedStatement[] {
  const sections = ctx.sections.length > 0 ? ctx.sections : [{ lang: 'km' as const, start: 0, end: ctx.text.length }];
  const from = frontMatterOf(ctx)?.span.end ?? 0;
  return sections.flatMap((s) => {
    const start = Math.max(s.start, from);
    if (start >= s.end) return [];
    const read = s.lang === 'km' ? readKhmerReportedSpeech : readEnglishReportedSpeech;
    return read(ctx.text, start, s.end, quoted);
  });
}

// A reported speaker, sieve by sieve: the name in the subject, a name already known written in
// it, the holder of the title it names ("The Minister"), the person a pronoun points back to.
function reportedSpeaker(text: string, r: ReportedStatement, timeline: PersonMention[]): PersonMention | undefined {
  const speaker = reportedSubject(text, r, timeline);
  return speaker && namesSomeone(speaker) ? speaker : undefined;
}

// Precision first: a statement reported of "one woman", "this ruling party" or a party read from a
// head word keeps its words but names no speaker (direct quotes keep them: a quoted statement
// names its issuer, and the corpus annotates described speakers of quotes).
function namesSomeone(m: PersonMention): boolean {
  if (m.describedAs || m.isOrganization || (!m.honorific && KHMER_PERSON_CLASSIFIERS.some((c) => m.name.includes(c)))) return false;
  return !KHMER_DEMONSTRATIVES.some((d) => m.name.endsWith(d));
}

function reportedSubject(text: string, r: ReportedStatement, timeline: PersonMention[]): PersonMention | undefined {
  if (r.reference.kind === 'named') return resolveReference(text, r.reference, r.lang, timeline);
  const known = resolveReference(text, { kind: 'phrase', ...r.subject }, r.lang, timeline);
  if (known) return known;
  const holder = r.title === undefined ? undefined : titleHolder(text, r.title, timeline, r.subject.start);
  if (holder) return resolveReference(text, { kind: 'named', mention: holder }, r.lang, timeline);
  return r.reference.kind === 'pronoun' ? resolveReference(text, r.reference, r.lang, timeline) : undefined;
}

function langAt(ctx: FieldContext, span: QuoteSpan): LanguageCode {
  const section = ctx.sections.find((s) => span.open >= s.start && span.open < s.end);
  if (section) return section.lang;
  return hasKhmer(ctx.text.slice(span.inner.start, span.inner.end)) ? 'km' : 'en';
}

function readQuotes(ctx: FieldContext, original: string, allSpans: QuoteSpan[]): Found[] {
  const { text } = ctx;
  const dataEnd = frontMatterOf({ ...ctx, text: original })?.span.end ?? 0;
  const spans = allSpans.filter((s) => s.open >= dataEnd);
  const found: Found[] = [];
  let previousWasSpeech = false;
  spans.forEach((span, k) => {
    const paragraphStart = text.lastIndexOf('\n', span.open - 1) + 1;
    const prev = spans[k - 1];
    const prevEnd = prev ? (prev.close ?? prev.inner.end) + 1 : 0;
    const floor = Math.max(paragraphStart, prevEnd);
    const closeEnd = span.close === null ? span.inner.end : span.close + 1;
    const next = spans[k + 1];
    const lineEnd = text.indexOf('\n', closeEnd);
    const ceiling = Math.min(lineEnd < 0 ? text.length : lineEnd, next ? next.open : text.length);
    const lang = langAt(ctx, span);
    const read = lang === 'km' ? readKhmerQuote : readEnglishQuote;
    const reading = read({
      text,
      span,
      beforeStart: sentenceStart(text, span.open, floor),
      afterEnd: sentenceEnd(text, closeEnd, ceiling),
      paragraphStart,
      followsQuote: prev !== undefined && prevEnd > paragraphStart,
      continuesSpeech: previousWasSpeech && prevEnd > paragraphStart && !/[.!?។]/.test(text.slice(prevEnd, span.open)),
    });
    previousWasSpeech = reading.isSpeech;
    if (!reading.isSpeech) return;
    found.push({
      span,
      lang,
      text: joinLines(original.slice(span.inner.start, span.inner.end)),
      paragraphStart,
      paragraph: paragraphOrdinal(ctx, span.open, lang),
      ...(span.close === null ? { cut: true } : {}),
      ...(reading.reference ? { reference: reading.reference } : {}),
    });
  });
  return found;
}

// Which paragraph of its section a quote sits in, counting only paragraphs written in the
// section's script: a Khmer section may open with Latin logo lines the English one lacks.
function paragraphOrdinal(ctx: FieldContext, at: number, lang: LanguageCode): number {
  const section = ctx.sections.find((s) => at >= s.start && at < s.end);
  const before = ctx.text.slice(section ? section.start : 0, at);
  const paragraphs = before.split(/\n\s*\n/).slice(0, -1);
  return paragraphs.filter((p) => (lang === 'km' ? hasKhmer(p) : /[A-Za-z]/.test(p) && !hasKhmer(p))).length;
}

// A quotation cut by a line or page break reads as one: Khmer lines join without a space
// (Khmer writes no space between words), other lines with one.
function joinLines(quote: string): string {
  return quote.replace(/\s*\n\s*/g, (gap, at: number) =>
    hasKhmer(quote[at - 1] ?? '') && hasKhmer(quote[at + gap.length] ?? '') ? '' : ' ',
  );
}

// “…,” he said. “…” — the second part of an interrupted quotation has the first part's speaker.
function inheritedSpeaker(found: Found[], k: number): SpeakerEntry | undefined {
  const q = found[k]!;
  const prev = found[k - 1];
  return prev && prev.paragraphStart === q.paragraphStart ? prev.speaker : undefined;
}

// Stories describe a speaker by job first and name them later ("one CPP minister" … "Minister of
// Social Affairs … Vong Sauth"): the described person is the one quoted speaker holding that job.
function jobHolder(text: string, q: Found, entries: SpeakerEntry[]): SpeakerEntry | undefined {
  const phrase = q.reference?.kind === 'phrase' && !q.speaker ? text.slice(q.reference.start, q.reference.end) : undefined;
  const title = q.speaker?.describedAs ?? (phrase === undefined ? undefined : khmerDescribedTitle(phrase));
  if (!title) return undefined;
  const holders = entries.filter((e) => !e.describedAs && e.role?.toLowerCase().startsWith(title.toLowerCase()));
  return holders.length === 1 ? holders[0] : undefined;
}

function repeatedSpeaker(found: Found[], q: Found): SpeakerEntry | undefined {
  const key = bareQuote(q.text);
  if (key.length < MIN_REPEAT_LENGTH) return undefined;
  return found.find((o) => {
    if (o === q || !o.speaker) return false;
    const other = bareQuote(o.text);
    return other.length >= MIN_REPEAT_LENGTH && (other.includes(key) || key.includes(other));
  })?.speaker;
}

function bareQuote(text: string): string {
  return text.replace(/[\s.,!?។…]+$/, '');
}

// A translation has its original's speaker: the English of a quote cut at a page end before its
// attribution is still the Khmer quote's speaker's.
function shareTranslatedSpeakers(found: Found[]): void {
  for (const q of found) {
    const other = q.alignedWith === undefined ? undefined : found[q.alignedWith];
    if (!q.speaker && other?.speaker) q.speaker = other.speaker;
  }
}

/** What pairing a statement with its translation needs: direct quotes and reported statements alike. */
interface Alignable {
  lang: LanguageCode;
  text: string;
  paragraph: number;
  /** True when the quotation stops before its closing mark. */
  cut?: boolean;
  speaker?: SpeakerEntry;
  alignedWith?: number;
}

// Bilingual releases: pair each Khmer quote (or reported statement) with its English translation,
// and make the Khmer-script name of the Khmer one's speaker the Khmer form of the English speaker.
// `base` is where `items` start in quotes[]; `everyone` holds every item whose speaker may be merged.
function alignAndMerge(items: Alignable[], entries: SpeakerEntry[], everyone: { speaker?: SpeakerEntry }[], base = 0): void {
  const km = items.filter((q) => q.lang === 'km');
  const en = items.filter((q) => q.lang === 'en');
  if (km.length === 0 || en.length === 0) return;
  const alignable = (q: Alignable) => ({
    text: q.text,
    paragraph: q.paragraph,
    ...(q.cut ? { cut: true } : {}),
    ...(q.speaker && !hasKhmer(q.speaker.name) ? { latinSpeaker: q.speaker.name } : {}),
  });
  const pairs = alignBilingualQuotes(km.map(alignable), en.map(alignable));
  for (const [i, j] of pairs) {
    const k = km[i]!;
    const e = en[j]!;
    k.alignedWith = base + items.indexOf(e);
    e.alignedWith = base + items.indexOf(k);
    if (k.speaker && e.speaker && k.speaker !== e.speaker && hasKhmer(k.speaker.name) && !e.speaker.khmerName) {
      const from = k.speaker;
      mergeSpeakers(e.speaker, from);
      for (const q of everyone) if (q.speaker === from) q.speaker = e.speaker;
      entries.splice(entries.indexOf(from), 1);
    }
  }
}

