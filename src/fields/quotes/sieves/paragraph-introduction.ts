import type { SpeakerReference } from '../../speakers/person-mention.js';
import { verbBeforeQuote } from './verb-before-quote.js';

/**
 * Sieve: a quotation that opens its paragraph right after a line that ends by introducing it,
 * `Mr Tay Ee Learn, Chief Sector Skills Officer, NTUC LearningHub said,` / `The minister told
 * reporters:` (an annex of quotes, or a PDF that set the quote apart); the speaker is the subject of
 * that line's last sentence.
 */
export function paragraphIntroduction(text: string, paragraphStart: number): SpeakerReference | undefined {
  let end = paragraphStart;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (!/[,:]$/.test(text.slice(0, end))) return undefined;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const sentenceBreak = /.*[.!?]\s+/s.exec(text.slice(lineStart, end));
  const start = lineStart + (sentenceBreak?.[0].length ?? 0);
  const introduced = verbBeforeQuote(text, start, end);
  if (!introduced?.adjacent || introduced.reference.kind === 'unnamed') return undefined;
  return introduced.reference;
}
