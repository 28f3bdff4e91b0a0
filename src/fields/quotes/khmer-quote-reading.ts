import { KHMER_PERSON_CLASSIFIERS } from '../../lang/khmer-person-classifiers.js';
import { KHMER_GROUP_PRONOUNS, KHMER_PERSON_PRONOUNS } from '../../lang/khmer-pronouns.js';
import { KHMER_SPEECH_AUXILIARIES, KHMER_SPEECH_VERBS } from '../../lang/khmer-speech-verbs.js';
import { KHMER_TITLE_WORDS } from '../../lang/khmer-titles.js';
import { KHMER_ORGANIZATION_HEADS } from '../../lang/organization-heads.js';
import { KHMER_LABEL_NOUNS, KHMER_LABEL_VERBS, KHMER_PREDICATE_OPENERS } from '../../lang/quote-label-words.js';
import { KHMER_DOCUMENT_NOUNS } from '../../lang/quoted-document-nouns.js';
import { findKhmerHonorificUses } from '../speakers/khmer-names.js';
import type { PersonMention, SpeakerReference } from '../speakers/person-mention.js';
import { trimStrayMarks } from '../speakers/stray-marks.js';
import { sentenceStart } from './quote-sentence.js';
import {
  citesDocument,
  endsWithLabel,
  innerText,
  isShortKhmer,
  type QuoteReading,
  type QuoteSurroundings,
  standsAlone,
  withoutTrailingAuxiliary,
} from './quote-surroundings.js';

// A role between a name and its verb (លោក X រដ្ឋមន្ត្រី… បាននិយាយ) ends before the verb's auxiliary.
const ROLE_TRAILING_AUXILIARY = new RegExp(`[\\s*,]*(?:${KHMER_SPEECH_AUXILIARIES.join('|')})?\\s*$`);

/** Reads a Khmer quotation: `X មានប្រសាសន៍ថា «…»`, bare honorifics as pronouns, quotes standing alone. */
export function readKhmerQuote(s: QuoteSurroundings): QuoteReading {
  const before = s.text.slice(s.beforeStart, s.span.open);
  const verb = lastKhmerSpeechVerb(before);
  const labelFrom = Math.max(0, before.length - 25);
  if (endsWithLabel(before.slice(labelFrom), KHMER_LABEL_NOUNS) || containsLabel(before.slice(verb ? verb.end : labelFrom))) {
    return { isSpeech: false };
  }
  const introduced = /(ថា|៖|:)[\s*]*$/.test(before);
  const after = readKhmerAfter(s);
  if (verb && (introduced || !isShortKhmer(s))) {
    if (citesDocument(before.slice(0, verb.start), KHMER_DOCUMENT_NOUNS)) return { isSpeech: false };
    return { isSpeech: true, reference: khmerSubject(s.text, s.beforeStart, s.beforeStart + verb.start) };
  }
  // `X និយាយថា ពួកគេ «ត្រូវបានគេឃ្លាំមើល»`: a quoted predicate inside the clause the verb reports.
  if (verb && /ថា/.test(before.slice(verb.end)) && opensPredicate(s)) {
    return { isSpeech: true, reference: khmerSubject(s.text, s.beforeStart, s.beforeStart + verb.start) };
  }
  if (after) return { isSpeech: true, reference: after };
  if (introducedBySubject(s, before)) return { isSpeech: true, reference: khmerSubject(s.text, s.beforeStart, s.span.open) };
  if (s.continuesSpeech && !standsAlone(s)) return { isSpeech: true };
  if (standsAlone(s)) {
    if (isShortKhmer(s) && !s.followsQuote) return { isSpeech: false };
    return { isSpeech: true, ...introducedByPreviousParagraph(s) };
  }
  return { isSpeech: false };
}

// Without a speech verb, a colon introduces speech, and so does ថា right after its subject
// (លោកថា៖ "he said:"); after another verb ថា is only "that" (… បើកយុទ្ធនាការមួយ ធានាថា «…», a
// campaign ensuring that «…»: a slogan, not words spoken).
function introducedBySubject(s: QuoteSurroundings, before: string): boolean {
  if (/(៖|:)[\s*]*$/.test(before)) return true;
  const tha = /ថា[\s*]*$/.exec(before);
  if (!tha) return false;
  const thaAt = s.beforeStart + tha.index;
  const last = findKhmerHonorificUses(s.text, s.beforeStart, thaAt).pop();
  if (last && thaAt - last.end <= 1) return true;
  const head = before.slice(0, tha.index).trimEnd();
  return Object.keys(KHMER_PERSON_PRONOUNS).some((p) => head.endsWith(p));
}

function opensPredicate(s: QuoteSurroundings): boolean {
  const inner = innerText(s);
  return KHMER_PREDICATE_OPENERS.some((w) => inner.startsWith(w));
}

function containsLabel(phrase: string): boolean {
  return KHMER_LABEL_VERBS.some((w) => phrase.includes(w));
}

/** The last Khmer speech verb in `phrase`, as offsets into it. */
export function lastKhmerSpeechVerb(phrase: string): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  // The verb that ends last wins; of verbs ending together the longest (គូសបញ្ជាក់ over បញ្ជាក់).
  for (const verb of KHMER_SPEECH_VERBS) {
    const k = phrase.lastIndexOf(verb);
    if (k < 0) continue;
    const end = k + verb.length;
    if (!best || end > best.end || (end === best.end && k < best.start)) best = { start: k, end };
  }
  return best;
}

/** Reads who is named in `text[start, end)` (the words before a Khmer speech verb). */
export function khmerSubject(text: string, start: number, end: number): SpeakerReference {
  const uses = findKhmerHonorificUses(text, start, end);
  const last = uses[uses.length - 1];
  if (last) {
    if (!last.mention) return { kind: 'pronoun', gender: last.gender, at: last.at };
    const previous = uses[uses.length - 2];
    const role = khmerRole(text.slice(last.end, end)) ?? roleBefore(text.slice(previous ? previous.end : start, last.at));
    return { kind: 'named', mention: { ...last.mention, ...(role ? { role } : {}) } };
  }
  const phrase = text.slice(start, end);
  const unhonored = nameWithoutHonorific(phrase, start);
  if (unhonored) return { kind: 'named', mention: unhonored };
  for (const [word, gender] of Object.entries(KHMER_PERSON_PRONOUNS)) {
    if (phrase.includes(word)) return { kind: 'pronoun', gender, at: start + phrase.lastIndexOf(word) };
  }
  if (KHMER_GROUP_PRONOUNS.some((w) => phrase.includes(w))) return { kind: 'unnamed' };
  const organization = organizationSubject(phrase, start);
  if (organization) return { kind: 'named', mention: organization };
  return { kind: 'phrase', start, end };
}

// Without an honorific the subject may still be a Latin name (an agency: ទីភ្នាក់ងារ Xinhua
// បានបន្ថែមថា) or a described person (ប្រជាពលរដ្ឋម្នាក់ទៀត អាយុ៤៥ឆ្នាំ បានថ្លែង).
function nameWithoutHonorific(phrase: string, offset: number): PersonMention | undefined {
  const trimmed = withoutTrailingAuxiliary(phrase);
  const latin = /[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*){0,3}$/.exec(trimmed);
  if (latin) {
    const span = { start: offset + latin.index, end: offset + latin.index + latin[0].length };
    return { name: latin[0], span, gender: 'any', lang: 'km' };
  }
  const chunks = [...trimmed.matchAll(/\S+/g)];
  const k = chunks.findIndex((c) => KHMER_PERSON_CLASSIFIERS.some((w) => c[0].includes(w)));
  if (k < 0) return undefined;
  const first = chunks[k]!;
  const name = trimmed.slice(first.index).trim();
  if (name.length === 0 || name.length > 40) return undefined;
  return { name, span: { start: offset + first.index, end: offset + first.index + name.length }, gender: 'any', lang: 'km' };
}

// `…ចេញផ្សាយកាលពីថ្ងៃចន្ទ គណបក្សសង្គ្រោះជាតិ បានលើកឡើងថា៖ «…»`: a party's or ministry's statement is
// quoted with the organization as its speaker (corpus README: written statements are quotes).
function organizationSubject(phrase: string, offset: number): PersonMention | undefined {
  const trimmed = withoutTrailingAuxiliary(phrase);
  const last = /\S+$/.exec(trimmed);
  if (!last || !KHMER_ORGANIZATION_HEADS.some((h) => last[0].startsWith(h) && last[0].length > h.length)) return undefined;
  const span = { start: offset + last.index, end: offset + last.index + last[0].length };
  return { name: last[0], span, gender: 'any', lang: 'km', isOrganization: true };
}

function khmerRole(between: string): string | undefined {
  const role = trimStrayMarks(
    trimStrayMarks(between).replace(/^(ដែលជា|ជា)?\s*/, '').replace(ROLE_TRAILING_AUXILIARY, ''),
  );
  if (role.length === 0 || role.length > 60) return undefined;
  return KHMER_TITLE_WORDS.some((w) => role.startsWith(w)) ? role : undefined;
}

// `រដ្ឋមន្ត្រីក្រសួងសង្គមកិច្ច … លោក វង សូត បាននិយាយ`: the title may come before the honorific.
function roleBefore(phrase: string): string | undefined {
  let at = -1;
  for (const w of KHMER_TITLE_WORDS) at = Math.max(at, phrase.lastIndexOf(w));
  if (at < 0) return undefined;
  // The title that holds the one found (មន្ត្រី inside រដ្ឋមន្ត្រី) starts the role.
  for (const w of KHMER_TITLE_WORDS) {
    const k = phrase.lastIndexOf(w, at);
    if (k >= 0 && k < at && k + w.length > at) at = k;
  }
  const role = trimStrayMarks(phrase.slice(at).replace(/(\s(ដែលជា|គឺជា|គឺ|ជា))?[\s*,]*$/, ''));
  return role.length > 0 && role.length <= 60 && !/[។.]/.test(role) ? role : undefined;
}

// `«…» លោក X បានបន្តថា` : attribution right after the closing mark.
function readKhmerAfter(s: QuoteSurroundings): SpeakerReference | undefined {
  if (s.span.close === null) return undefined;
  const from = s.span.close + 1;
  const after = s.text.slice(from, s.afterEnd);
  const verb = lastKhmerSpeechVerb(after);
  if (!verb) return undefined;
  const uses = findKhmerHonorificUses(s.text, from, from + verb.start);
  const first = uses[0];
  if (!first || first.at - from > 3) return undefined;
  if (!first.mention) return { kind: 'pronoun', gender: first.gender, at: first.at };
  return { kind: 'named', mention: first.mention };
}

// A quotation standing alone in its paragraph belongs to the person the previous paragraph is
// about: the one introduced by `…ថា៖`, else the subject of its last speech verb (Khmer stories
// paraphrase a speaker, then quote them in the next paragraph), else the person it opens with.
function introducedByPreviousParagraph(s: QuoteSurroundings): { reference?: SpeakerReference } {
  let end = s.paragraphStart - 1;
  while (end > 0 && /\s/.test(s.text[end - 1]!)) end--;
  if (end <= 0) return {};
  const paragraphStart = s.text.lastIndexOf('\n', end - 1) + 1;
  const start = sentenceStart(s.text, end - 1, paragraphStart);
  const lastSentence = s.text.slice(start, end);
  if (/(៖|:|ថា)[\s*]*$/.test(lastSentence)) {
    const verb = lastKhmerSpeechVerb(lastSentence);
    return { reference: khmerSubject(s.text, start, verb ? start + verb.start : end) };
  }
  const paragraph = s.text.slice(paragraphStart, end);
  const verb = lastKhmerSpeechVerb(paragraph);
  if (verb) {
    const verbAt = paragraphStart + verb.start;
    const subject = khmerSubject(s.text, sentenceStart(s.text, verbAt, paragraphStart), verbAt);
    if (subject.kind === 'named' || subject.kind === 'pronoun') return { reference: subject };
  }
  const first = findKhmerHonorificUses(s.text, paragraphStart, end)[0];
  if (!first) return {};
  return { reference: first.mention ? { kind: 'named', mention: first.mention } : { kind: 'pronoun', gender: first.gender, at: first.at } };
}
