import { normalizeText } from '../normalize/normalize-text.js';
import type { Release } from '../schema/release.js';
import type { Truth } from './truth-schema.js';

/**
 * Matches counted for one field: predictions and how many were right, truths and how many were
 * found. With one-to-one matching the two hits are equal; organizations count them apart.
 */
export interface Counts {
  correct: number;
  predicted: number;
  found: number;
  expected: number;
}

/**
 * The fields the eval scores. `attributedQuotes` counts a quote only when its speaker is right too;
 * `quotes` and `speakers` score direct quotes and their speakers, `reported` the that-clause
 * statements (`reportedWithActs` adds speech acts without one), `allSpeakers` the speakers of both.
 */
export const SCORED_FIELDS = [
  'date',
  'eventDate',
  'place',
  'title',
  'languages',
  'speakers',
  'quotes',
  'attributedQuotes',
  'reported',
  'attributedReported',
  'reportedWithActs',
  'allSpeakers',
  'contacts',
  'organizations',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** Counts per field and language (`km`, `en`) for one document. */
export type DocumentScore = Record<ScoredField, Partial<Record<'km' | 'en', Counts>>>;

// The honorifics the corpus README says to drop before comparing names.
const HONORIFICS = ['លោកស្រី', 'លោក', 'អ្នកស្រី', 'ឯកឧត្តម', 'កញ្ញា', 'Mr.', 'Ms.', 'Mrs.', 'H.E.', 'Dr.'];

/** Comparable form of a string: the pipeline's own normalization, one space, no case for Latin. */
export function comparable(s: string): string {
  return normalizeText(s).text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function bareName(s: string): string {
  let name = s.replace(/\*/g, '').trim();
  for (const h of HONORIFICS) if (name.startsWith(h)) name = name.slice(h.length).trim();
  return comparable(name);
}

/**
 * Scores a release against a truth file with the corpus README's rules: quotes match when the
 * predicted text starts with the truth's `text_start`, one to one in document order; a prediction
 * that starts with a `not_quotes` string is a false positive; names compare without honorifics.
 */
export function scoreRelease(release: Release, truth: Truth, docLang: 'km' | 'en'): DocumentScore {
  const score = Object.fromEntries(SCORED_FIELDS.map((f) => [f, {}])) as DocumentScore;
  const add = (field: ScoredField, lang: 'km' | 'en', c: Counts) => {
    const cur = (score[field][lang] ??= { correct: 0, predicted: 0, found: 0, expected: 0 });
    cur.correct += c.correct;
    cur.predicted += c.predicted;
    cur.found += c.found;
    cur.expected += c.expected;
  };
  const oneToOne = (hit: boolean, predicted: boolean, expected: boolean): Counts => ({
    correct: hit ? 1 : 0,
    predicted: predicted ? 1 : 0,
    found: hit ? 1 : 0,
    expected: expected ? 1 : 0,
  });

  const single = (got: string | null, want: string | null): Counts =>
    oneToOne(got !== null && want !== null && comparable(got) === comparable(want), got !== null, want !== null);
  add('date', docLang, single(release.date, truth.date));
  // Only the newer truth files annotate the event date; older ones say nothing about it.
  if (truth.event_date !== undefined) add('eventDate', docLang, single(release.eventDate, truth.event_date));
  add('place', docLang, single(release.place, truth.place));
  if (truth.title_en !== undefined) add('title', 'en', single(release.title.en ?? null, truth.title_en ?? null));
  if (truth.title_km !== undefined) add('title', 'km', single(release.title.km ?? null, truth.title_km ?? null));
  for (const lang of ['km', 'en'] as const) {
    const got = release.languages.includes(lang);
    const want = truth.languages.includes(lang);
    if (got || want) add('languages', lang, oneToOne(got && want, got, want));
  }

  // Every form a truth speaker (direct or indirect) goes by, and every form a predicted speaker does.
  const indirect = truth.indirect_speakers.map((p) => (typeof p === 'string' ? { name: p } : p));
  const truthForms = new Map(
    [...indirect, ...truth.speakers].map((s) => [
      s.name,
      new Set([s.name, s.name_en ?? '', ...(s.aliases ?? [])].filter(Boolean).map(bareName)),
    ]),
  );
  const predictedForms = new Map(
    release.speakers.map((s) => [s.name, new Set([s.name, s.names.en ?? '', s.names.km ?? ''].filter(Boolean).map(bareName))]),
  );
  const sameSpeaker = (predicted: string | null, truthName: string | null) => {
    if (predicted === null || truthName === null) return predicted === truthName;
    const p = predictedForms.get(predicted) ?? new Set([bareName(predicted)]);
    const t = truthForms.get(truthName) ?? new Set([bareName(truthName)]);
    return [...p].some((form) => t.has(form));
  };

  const direct = release.quotes.filter((q) => q.kind === 'direct');
  const reported = release.quotes.filter((q) => q.kind === 'reported');
  const scoreSpeakers = (field: ScoredField, predicted: string[], expected: string[]) => {
    const unmatched = [...expected];
    for (const name of predicted) {
      const i = unmatched.findIndex((t) => sameSpeaker(name, t));
      add(field, docLang, { correct: i >= 0 ? 1 : 0, predicted: 1, found: i >= 0 ? 1 : 0, expected: 0 });
      if (i >= 0) unmatched.splice(i, 1);
    }
    add(field, docLang, { correct: 0, predicted: 0, found: 0, expected: expected.length });
  };
  const speakerNames = release.speakers.map((s) => s.name);
  scoreSpeakers('speakers', speakerNames.filter((n) => direct.some((q) => q.speaker === n)), truth.speakers.map((s) => s.name));
  const everyone = [...new Map([...truth.speakers, ...indirect].map((s) => [s.name, s])).keys()];
  scoreSpeakers('allSpeakers', speakerNames, everyone);

  // A prediction left unmatched is a false positive, whether or not it is one of the `not_quotes`.
  // Khmer is compared without white space: text layers and OCR add and drop spaces inside Khmer.
  const quoteForm = (s: string, lang: 'km' | 'en') => (lang === 'km' ? comparable(s).replace(/\s/g, '') : comparable(s));
  const matchQuotes = (
    truths: { speaker: string | null; lang: 'km' | 'en'; text_start: string; text_end?: string }[],
    predictions: Release['quotes'],
    field: ScoredField,
    attributedField: ScoredField | undefined,
  ) => {
    const used = new Set<number>();
    for (const t of truths) {
      const start = quoteForm(t.text_start, t.lang);
      const end = t.text_end === undefined ? '' : quoteForm(t.text_end, t.lang);
      const i = predictions.findIndex((q, k) => {
        const text = quoteForm(q.text, t.lang);
        return !used.has(k) && text.startsWith(start) && text.endsWith(end);
      });
      const hit = i >= 0;
      if (hit) used.add(i);
      const attributed = hit && sameSpeaker(predictions[i]!.speaker, t.speaker);
      add(field, t.lang, { correct: hit ? 1 : 0, predicted: 0, found: hit ? 1 : 0, expected: 1 });
      if (attributedField) add(attributedField, t.lang, { correct: attributed ? 1 : 0, predicted: 0, found: attributed ? 1 : 0, expected: 1 });
    }
    for (const q of predictions) {
      add(field, q.lang, { correct: 0, predicted: 1, found: 0, expected: 0 });
      if (attributedField) add(attributedField, q.lang, { correct: 0, predicted: 1, found: 0, expected: 0 });
    }
  };
  matchQuotes(truth.quotes, direct, 'quotes', 'attributedQuotes');
  // Reported statements count only where the truth annotates them (117 on).
  if (truth.reported) {
    matchQuotes(truth.reported.filter((r) => !r.speech_act), reported, 'reported', 'attributedReported');
    matchQuotes(truth.reported, reported, 'reportedWithActs', undefined);
  }

  // A phone compares by its last eight digits: the truth prints numbers as written (`9844 6309`,
  // `+65 6279 3415 / 9747 0035` with the list in `phones`), the release gives them in E.164.
  const phoneKey = (p: string) => `tel:${p.replace(/\D/g, '').slice(-8)}`;
  const contactKeys = (c: { email?: string | null; phone?: string | null; phones?: string[] | null; url?: string | null }) =>
    [
      c.email?.toLowerCase(),
      ...(c.phones?.length ? c.phones : c.phone ? [c.phone] : []).map(phoneKey),
      c.url?.replace(/^https?:\/\//, '').replace(/\/$/, '').toLowerCase(),
    ].filter((v): v is string => Boolean(v));
  const truthContacts = new Set(truth.contacts.flatMap(contactKeys));
  const gotContacts = new Set(release.contacts.flatMap(contactKeys));
  const contactHits = [...gotContacts].filter((k) => truthContacts.has(k)).length;
  add('contacts', docLang, { correct: contactHits, predicted: gotContacts.size, found: contactHits, expected: truthContacts.size });

  const orgForms = truth.organizations.map((o) => [o, ...(truth.organization_aliases[o] ?? [])].map(comparable));
  const orgMatches = (forms: string[], candidates: string[]) =>
    candidates.some((c) => forms.some((f) => f === c || (similarLength(f, c) && (f.includes(c) || c.includes(f)))));
  const predictedOrgs = release.organizations.map((o) =>
    [o.name, o.acronym, o.names.en, o.names.km].filter((v): v is string => Boolean(v)).map(comparable),
  );
  // The truth lists the main organizations only (corpus README), so precision forgives a
  // prediction that matches any of them, and recall asks whether each was found at all.
  for (const forms of orgForms) {
    const found = predictedOrgs.some((p) => orgMatches(forms, p));
    add('organizations', docLang, { correct: 0, predicted: 0, found: found ? 1 : 0, expected: 1 });
  }
  for (const p of predictedOrgs) {
    const right = orgForms.some((forms) => orgMatches(forms, p));
    add('organizations', docLang, { correct: right ? 1 : 0, predicted: 1, found: 0, expected: 0 });
  }
  return score;
}

function similarLength(a: string, b: string): boolean {
  return Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.6;
}
