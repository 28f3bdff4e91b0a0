import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../quote-marks.js';
import type { QuoteSurroundings } from '../quote-surroundings.js';
import { subjectReference } from './english-subject.js';
import { verbAfterQuote } from './verb-after-quote.js';
import { verbBeforeQuote } from './verb-before-quote.js';

function surroundings(text: string): QuoteSurroundings {
  const span = findQuoteSpans(text)[0]!;
  return { text, span, beforeStart: 0, afterEnd: text.length, paragraphStart: 0, followsQuote: false, continuesSpeech: false };
}
const nameOf = (r: ReturnType<typeof subjectReference>) => (r?.kind === 'named' ? r.mention.name : r?.kind);

describe('verb after the quote (trigram sieve)', () => {
  it('reads `“…,” said X`, `“…,” X said` and `“…,” he added`', () => {
    expect(nameOf(verbAfterQuote(surroundings('“We are ready,” said Mike Barclay, the director.')))).toBe('Mike Barclay');
    expect(nameOf(verbAfterQuote(surroundings('“We are ready,” Mike Barclay said.')))).toBe('Mike Barclay');
    expect(nameOf(verbAfterQuote(surroundings('“We are ready,” he added.')))).toBe('pronoun');
  });
});

describe('verb before the quote (trigram sieve)', () => {
  it('reads `X said, “…` and the name after the verb in `…, said X: “…`', () => {
    const text = 'Sarah Lee, Head of Research, said, “We will publish the data.”';
    expect(nameOf(verbBeforeQuote(text, 0, text.indexOf('“'))?.reference)).toBe('Sarah Lee');
    const inverted = 'The vote was close, said Sous Yara, a lawmaker: “It was fair.”';
    expect(nameOf(verbBeforeQuote(inverted, 0, inverted.indexOf('“'))?.reference)).toBe('Sous Yara');
  });
});

describe('subjectReference', () => {
  it('reads a name, a pronoun or a described person at the end of a subject', () => {
    expect(nameOf(subjectReference('On Friday, Prime Minister Hun Sen ', 0))).toBe('Hun Sen');
    expect(nameOf(subjectReference('Later she ', 0))).toBe('pronoun');
    expect(nameOf(subjectReference('One village administrator ', 0))).toBe('One village administrator');
  });
});
