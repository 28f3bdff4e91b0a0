import { KHMER_GENDERED_PERSON_NOUNS, KHMER_PERSON_CLASSIFIERS } from '../../lang/khmer-person-classifiers.js';
import type { FieldContext } from '../field-types.js';
import { findEnglishMentions } from '../speakers/english-mentions.js';
import { findKhmerHonorificUses } from '../speakers/khmer-names.js';
import type { PersonMention } from '../speakers/person-mention.js';
import { khmerSubject, lastKhmerSpeechVerb } from './khmer-quote-reading.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';

// A name inside quotation marks is someone the speaker talks about, not a speaker a later pronoun means.
function inside(spans: QuoteSpan[], at: number): boolean {
  return spans.some((s) => at >= s.open && at < (s.close ?? s.inner.end));
}

/**
 * What a pronoun can point back to: every naming of a person outside quotation marks, plus the
 * quotes' named speakers, in text order.
 */
export function personTimeline(ctx: FieldContext, attributed: PersonMention[], spans: QuoteSpan[] = findQuoteSpans(ctx.text)): PersonMention[] {
  const mentions: PersonMention[] = [];
  const sections = ctx.sections.length > 0 ? ctx.sections : [{ lang: 'km' as const, start: 0, end: ctx.text.length }];
  for (const section of sections) {
    if (section.lang === 'km' || ctx.sections.length === 0) {
      for (const use of findKhmerHonorificUses(ctx.text, section.start, section.end)) {
        if (use.mention && !inside(spans, use.at)) mentions.push(use.mention);
      }
      mentions.push(...khmerSpeechSubjects(ctx.text, section.start, section.end).filter((m) => !inside(spans, m.span.start)));
      mentions.push(...describedKhmerPersons(ctx.text, section.start, section.end).filter((m) => !inside(spans, m.span.start)));
    }
    if (section.lang === 'en' || ctx.sections.length === 0) {
      mentions.push(...findEnglishMentions(ctx.text, section.start, section.end).filter((m) => !inside(spans, m.span.start)));
    }
  }
  mentions.push(...attributed);
  return mentions.sort((a, b) => a.span.start - b.span.start);
}

// The subject of every Khmer sentence with a speech verb, honorific or not: a later bare លោក or
// អ្នកស្រី may point back to a person introduced only by description.
function khmerSpeechSubjects(text: string, start: number, end: number): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const m of text.slice(start, end).matchAll(/[^។\n]+/g)) {
    const sentenceAt = start + m.index;
    const verb = lastKhmerSpeechVerb(m[0]);
    if (!verb) continue;
    const subject = khmerSubject(text, sentenceAt, sentenceAt + verb.start);
    if (subject.kind === 'named') mentions.push(subject.mention);
  }
  return mentions;
}

const GENDERED = Object.keys(KHMER_GENDERED_PERSON_NOUNS).join('|');
const CLASSIFIERS = KHMER_PERSON_CLASSIFIERS.join('|');
// "បុរសវ័យចំណាស់ម្នាក់" (an elderly man): a noun of gender, a few describing words, a classifier; not
// when a name follows (បុរសម្នាក់ឈ្មោះ…, a man named …: the name is the mention).
const DESCRIBED_PERSON = new RegExp(`(${GENDERED})[\u1780-\u17D3 ]{0,24}?(?:${CLASSIFIERS})(?!\\s*ឈ្មោះ)`, 'g');

// People introduced only by description, with the gender their noun gives.
function describedKhmerPersons(text: string, start: number, end: number): PersonMention[] {
  return [...text.slice(start, end).matchAll(DESCRIBED_PERSON)].map((m) => {
    const at = start + m.index;
    return { name: m[0], span: { start: at, end: at + m[0].length }, gender: KHMER_GENDERED_PERSON_NOUNS[m[1]!]!, lang: 'km' as const };
  });
}
