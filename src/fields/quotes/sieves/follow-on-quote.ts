import type { QuoteSpan } from '../quote-marks.js';

/** What the conversation sieve needs to know of a quote. */
export interface FollowOnCandidate<S> {
  span: QuoteSpan;
  paragraphStart: number;
  speaker?: S;
  /** True when the words next to the quotation named its speaker (not a pronoun, not inherited). */
  namedBySurroundings?: boolean;
}

/**
 * Sieve (conversation): a quotation that opens a paragraph with no attribution of its own goes on
 * from the quotation of the paragraph just before it, so it has that quotation's speaker. Only
 * after a quotation attributed by name (`…,” said Mike Barclay.`), the way releases introduce each
 * speaker: news copy that goes on with "he said" opens a new speaker's quote before naming them.
 */
export function followOnSpeaker<S>(text: string, found: FollowOnCandidate<S>[], k: number): S | undefined {
  const q = found[k]!;
  const prev = found[k - 1];
  if (!prev?.speaker || !prev.namedBySurroundings || text.slice(q.paragraphStart, q.span.open).trim() !== '') return undefined;
  const prevParagraphEnd = text.indexOf('\n', prev.span.close ?? prev.span.inner.end);
  if (prevParagraphEnd < 0 || prevParagraphEnd >= q.paragraphStart) return undefined;
  return text.slice(prevParagraphEnd, q.paragraphStart).trim() === '' ? prev.speaker : undefined;
}
