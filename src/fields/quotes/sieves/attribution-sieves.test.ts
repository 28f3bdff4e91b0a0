import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../schema/release.js';
import type { PersonMention } from '../../speakers/person-mention.js';
import { extractQuotesAndSpeakers } from '../extract-quotes-and-speakers.js';
import { findQuoteSpans } from '../quote-marks.js';
import { colonIntroduction } from './colon-introduction.js';
import { followOnSpeaker } from './follow-on-quote.js';
import { headingIntroduction } from './heading-introduction.js';
import { invertedAttribution } from './inverted-attribution.js';
import { paragraphIntroduction } from './paragraph-introduction.js';
import { onlyPersonInParagraph } from './paragraph-person.js';

const named = (r: ReturnType<typeof headingIntroduction>) => (r?.kind === 'named' ? r.mention.name : undefined);

function speakersOf(text: string, lang: LanguageCode = 'en') {
  const result = extractQuotesAndSpeakers({ text, sections: [{ lang, start: 0, end: text.length }] });
  return result.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker);
}

describe('heading sieve', () => {
  it('names the speaker of a quotation under `Comments from …`', () => {
    const text = 'Comments from Chairman and CEO Jane Roe\n\n“Our results show the strength of our plan.”';
    expect(named(headingIntroduction(text, text.indexOf('“')))).toBe('Jane Roe');
    expect(speakersOf(text)).toEqual(['Jane Roe']);
  });

  it('ignores a heading without a cue or a sentence above the quotation', () => {
    const text = 'Results for the Third Quarter\n\n“Our results show the strength of our plan.”';
    expect(headingIntroduction(text, text.indexOf('“'))).toBeUndefined();
  });
});

describe('introducing-line sieve', () => {
  it('names the speaker of a quotation set apart under the line that introduces it', () => {
    const text = 'Quotes by Representatives\n\nMr Tay Ee Learn, Chief Sector Skills Officer, NTUC LearningHub said,\n\n"NTUC LearningHub is dedicated to a circular economy.”\n\nDr Lim Boon Whatt, Director, Republic Polytechnic said,\n\n“Adopting a circular economy is critical.”';
    expect(named(paragraphIntroduction(text, text.indexOf('"')))).toBe('Tay Ee Learn');
    expect(speakersOf(text)).toEqual(['Tay Ee Learn', 'Lim Boon Whatt']);
  });

  it('ignores a line that does not end by introducing the quotation', () => {
    const text = 'The minister said the plan was ready.\n\n“It is a new start.”';
    expect(paragraphIntroduction(text, text.indexOf('“'))).toBeUndefined();
    const cut = 'Officials met on Monday, and the minister spoke,\n\n“It is a new start.”';
    expect(named(paragraphIntroduction(cut, cut.indexOf('“')))).toBeUndefined();
  });
});

describe('inverted attribution sieve', () => {
  it('reads `Said Dr X, Role, “…`', () => {
    const text = 'Said Dr Tan Wee Lim, Programme Director of the Digital Department, “5G technology has opened many doors.”';
    expect(named(invertedAttribution(text, 0, text.indexOf('“')))).toBe('Tan Wee Lim');
  });
});

describe('colon introduction sieve', () => {
  it('reads `Name, Role at Org: “…”` with no speech verb', () => {
    const text = 'Sarah Lee, Head of Research at Acme Labs: “We will publish the data next month.”';
    expect(named(colonIntroduction(text, 0, text.indexOf('“')))).toBe('Sarah Lee');
    expect(speakersOf(text)).toEqual(['Sarah Lee']);
  });

  it('takes no dateline in capitals for a speaker', () => {
    const text = 'PHNOM PENH: “We will publish the data next month.”';
    expect(colonIntroduction(text, 0, text.indexOf('“'))).toBeUndefined();
  });
});

describe('paragraph sieve', () => {
  const mention = (name: string, start: number): PersonMention => ({ name, span: { start, end: start + name.length }, gender: 'any', lang: 'en' });

  it('gives the quote the only person named in its paragraph', () => {
    const text = 'U.S. President Biden emphasized the partnership, saying, “Indonesia has shown real leadership here.”';
    const span = findQuoteSpans(text)[0]!;
    expect(onlyPersonInParagraph(text, span, 'en', [mention('Biden', 15)])?.name).toBe('Biden');
    expect(speakersOf(text)).toEqual(['Biden']);
  });

  it('stays silent when two people are named', () => {
    const text = 'Mr Koh thanked Ms Lee for the launch, saying, “It is a proud day for all of us here.”';
    const span = findQuoteSpans(text)[0]!;
    expect(onlyPersonInParagraph(text, span, 'en', [mention('Koh', 3), mention('Lee', 18)])).toBeUndefined();
  });
});

describe('conversation sieve', () => {
  it('gives a follow-on quote paragraph the speaker named for the paragraph before', () => {
    const text =
      '“The tournament has grown every year,” said Mike Barclay, Director of the Open.\n\n“We expect record crowds this season.”';
    expect(speakersOf(text)).toEqual(['Mike Barclay', 'Mike Barclay']);
  });

  it('does not carry a speaker attributed by a pronoun into the next paragraph', () => {
    const text = '“I voted early,” he said.\n\n“I hate that party, that is why I voted against it.”';
    const spans = findQuoteSpans(text);
    const found = spans.map((span) => ({ span, paragraphStart: text.lastIndexOf('\n', span.open - 1) + 1, speaker: 'Chet' }));
    expect(followOnSpeaker(text, found, 1)).toBeUndefined();
    expect(followOnSpeaker(text, [{ ...found[0]!, namedBySurroundings: true }, found[1]!], 1)).toBe('Chet');
  });
});

describe('press-release attribution shapes', () => {
  it('reads `“…,” according to Dr. X, Deputy Director of Y`', () => {
    const text = '“Prices will settle by June,” according to Dr. Mary Chan, Deputy Director of the Statistics Office.';
    expect(speakersOf(text)).toEqual(['Mary Chan']);
  });

  it('takes the named speaker, not the person a participle phrase names first', () => {
    const text = 'Congratulating Mr Koh on the opening, Mr David Goh, Senior Director, Leisure Group said, “The island has a new buzz.”';
    expect(speakersOf(text)).toEqual(['David Goh']);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Kyi Hla Han, the tournament chairman, opened the event.\n\n“We are proud of the field this year,” said Han.';
    expect(speakersOf(text)).toEqual(['Kyi Hla Han']);
  });

  it('never takes a country for the speaker', () => {
    expect(speakersOf('“We welcome the investment in the region,” said Cambodia.')).toEqual([null]);
  });
});
