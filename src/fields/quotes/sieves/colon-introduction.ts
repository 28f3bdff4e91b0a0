import { mentionFromParsed, readEnglishNameBefore } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';

/**
 * Sieve: a colon introduces the quotation with no speech verb, `Name, Role at Org: “…”`; the
 * speaker is the name the words before the colon end with (through its appositions).
 */
export function colonIntroduction(text: string, sentenceStart: number, open: number): SpeakerReference | undefined {
  const before = text.slice(sentenceStart, open);
  const colon = /:[\s*]*$/.exec(before);
  if (!colon) return undefined;
  const name = readEnglishNameBefore(before.slice(0, colon.index));
  // `PHNOM PENH: “…`: a dateline in capitals is a place, not a speaker.
  if (!name || name.name === name.name.toUpperCase()) return undefined;
  return { kind: 'named', mention: mentionFromParsed(name, sentenceStart, 'en') };
}
