import { mentionFromParsed, readEnglishNameAfter } from '../../speakers/english-names.js';
import type { SpeakerReference } from '../../speakers/person-mention.js';

// Verbs that may open a sentence with the speaker after them.
const INVERTED = /^[\s*]*(?:Said|Says|Added|Adds|Commented|Explained)\s+/;

/** Sieve: the inverted attribution that opens a sentence, `Said Dr X, Role, “…`. */
export function invertedAttribution(text: string, sentenceStart: number, open: number): SpeakerReference | undefined {
  const before = text.slice(sentenceStart, open);
  const m = INVERTED.exec(before);
  if (!m) return undefined;
  const name = readEnglishNameAfter(before.slice(m[0].length));
  return name && { kind: 'named', mention: mentionFromParsed(name, sentenceStart + m[0].length, 'en') };
}
