import { describe, expect, it } from 'vitest';
import { type Release, SCHEMA_VERSION } from '../schema/release.js';
import { prf, totalScores } from './eval-report.js';
import { scoreRelease } from './score-release.js';
import { TruthSchema } from './truth-schema.js';

const ev = { start: 0, end: 1 };
const release = (over: Partial<Release>): Release => ({
  schemaVersion: SCHEMA_VERSION,
  id: '0'.repeat(64),
  source: { filename: null, mediaType: 'text/plain', bytes: 1, pages: 1 },
  pages: [],
  text: '',
  languages: ['en'],
  sections: [],
  date: null,
  eventDate: null,
  place: null,
  title: {},
  fieldEvidence: { date: [], eventDate: [], place: [], title: [] },
  speakers: [],
  quotes: [],
  contacts: [],
  organizations: [],
  warnings: [],
  ...over,
});
const truth = TruthSchema.parse({
  languages: ['en'],
  date: '2019-03-04',
  place: 'Phnom Penh',
  speakers: [{ name: 'Nick Beresford', aliases: ['Beresford'] }],
  quotes: [
    { speaker: 'Nick Beresford', lang: 'en', text_start: 'when new ideas come' },
    { speaker: null, lang: 'en', text_start: 'I will not go' },
  ],
  not_quotes: ['happy'],
  contacts: [],
  organizations: ['UN Development Programme'],
  organization_aliases: { 'UN Development Programme': ['UNDP'] },
});

describe('scoreRelease', () => {
  it('matches quotes by their start, attribution by any form of the name without honorifics', () => {
    const score = scoreRelease(
      release({
        date: '2019-03-04',
        place: 'Phnom  Penh',
        speakers: [{ name: 'Mr. Beresford', names: {}, evidence: ev, mentions: [ev] }],
        quotes: [
          { kind: 'direct', text: 'happy', lang: 'en', speaker: null, evidence: ev },
          { kind: 'direct', text: 'when new ideas come from civil servants', lang: 'en', speaker: 'Mr. Beresford', evidence: ev },
        ],
        organizations: [{ name: 'UNDP', names: {}, evidence: ev, mentions: [ev] }],
      }),
      truth,
      'en',
    );
    expect(score.date.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(score.place.en?.correct).toBe(1);
    expect(score.quotes.en).toEqual({ correct: 1, predicted: 2, found: 1, expected: 2 });
    expect(score.attributedQuotes.en).toEqual({ correct: 1, predicted: 2, found: 1, expected: 2 });
    expect(score.speakers.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(score.organizations.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
  });

  it('scores the event date apart from the release date, only where the truth annotates it', () => {
    const withEvent = TruthSchema.parse({ ...truth, event_date: '2019-03-02' });
    const got = release({ date: '2019-03-04', eventDate: '2019-03-02' });
    expect(scoreRelease(got, withEvent, 'en').eventDate.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(scoreRelease(release({ eventDate: '2019-03-04' }), withEvent, 'en').eventDate.en).toEqual({ correct: 0, predicted: 1, found: 0, expected: 1 });
    expect(scoreRelease(got, truth, 'en').eventDate.en).toBeUndefined();
  });

  it('counts an invented contact against precision', () => {
    const score = scoreRelease(release({ contacts: [{ email: 'a@b.org', evidence: ev }] }), truth, 'en');
    const { precision, recall } = prf(totalScores([score]).contacts.all);
    expect(precision).toBe(0);
    expect(recall).toBe(1);
  });

  it('does not match a quote that stops before its truth end', () => {
    const withEnd = TruthSchema.parse({ ...truth, quotes: [{ ...truth.quotes[0], text_end: 'own solutions.' }] });
    const cut = release({ quotes: [{ kind: 'direct', text: 'when new ideas come from', lang: 'en', speaker: null, evidence: ev }] });
    expect(scoreRelease(cut, withEnd, 'en').quotes.en?.found).toBe(0);
  });

  it('matches phones by their number, whether printed locally, in E.164 or as a list on one line', () => {
    const withPhones = TruthSchema.parse({
      ...truth,
      contacts: [
        { name: 'A', phone: '9844 6309' },
        { name: 'B', phone: '+65 6279 3415 / 9747 0035', phones: ['+65 6279 3415', '+65 9747 0035'] },
      ],
    });
    const got = release({
      contacts: [
        { name: 'A', phone: '+6598446309', evidence: ev },
        { name: 'B', phone: '+6562793415', phones: ['+6562793415', '+6597470035'], evidence: ev },
      ],
    });
    expect(scoreRelease(got, withPhones, 'en').contacts.en).toEqual({ correct: 3, predicted: 3, found: 3, expected: 3 });
  });

  it('scores reported statements apart from quotes, with and without speech acts, and all speakers', () => {
    const annotated = TruthSchema.parse({
      ...truth,
      indirect_speakers: [{ name: 'ជា វ៉ាន់ដេត', name_en: 'Chea Vandeth' }, 'Ouch Phe'],
      reported: [
        { speaker: 'Chea Vandeth', lang: 'en', text_start: 'the ministry will build' },
        { speaker: 'Ouch Phe', lang: 'en', text_start: 'teachers to take part', speech_act: true },
      ],
    });
    const score = scoreRelease(
      release({
        speakers: [
          { name: 'Nick Beresford', names: {}, evidence: ev, mentions: [ev] },
          { name: 'Chea Vandeth', names: {}, evidence: ev, mentions: [ev] },
        ],
        quotes: [
          { kind: 'direct', text: 'when new ideas come', lang: 'en', speaker: 'Nick Beresford', evidence: ev },
          { kind: 'reported', text: 'the ministry will build ten centres', lang: 'en', speaker: 'Chea Vandeth', evidence: ev },
        ],
      }),
      annotated,
      'en',
    );
    expect(score.quotes.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 2 });
    expect(score.speakers.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(score.reported.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(score.attributedReported.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 1 });
    expect(score.reportedWithActs.en).toEqual({ correct: 1, predicted: 1, found: 1, expected: 2 });
    expect(score.allSpeakers.en).toEqual({ correct: 2, predicted: 2, found: 2, expected: 3 });
  });

  it('does not score reported statements where the truth does not annotate them', () => {
    const reported = release({ quotes: [{ kind: 'reported', text: 'prices will rise', lang: 'en', speaker: null, evidence: ev }] });
    expect(scoreRelease(reported, truth, 'en').reported).toEqual({});
  });
});

