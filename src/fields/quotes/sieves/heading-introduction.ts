import { ENGLISH_QUOTE_HEADING_CUES } from '../../../lang/quote-heading-cues.js';
import { mentionFromParsed, readEnglishNameBefore } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';

/**
 * Sieve: a quotation that opens its paragraph right under a heading such as `Comments from
 * Chairman and CEO Rodney McMullen` is spoken by the person the heading names.
 */
export function headingIntroduction(text: string, paragraphStart: number): SpeakerReference | undefined {
  let end = paragraphStart - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end <= 0) return undefined;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  const heading = text.slice(start, end);
  if (/[.!?:;,”"]$/.test(heading)) return undefined;
  const lower = heading.toLowerCase().replace(/^[\s*#]+/, '');
  if (!ENGLISH_QUOTE_HEADING_CUES.some((cue) => lower.startsWith(`${cue} `))) return undefined;
  const name = readEnglishNameBefore(heading);
  return name && { kind: 'named', mention: mentionFromParsed(name, start, 'en') };
}
