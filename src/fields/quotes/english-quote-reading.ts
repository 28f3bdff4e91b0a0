import { ENGLISH_LABEL_WORDS } from '../../lang/quote-label-words.js';
import { ENGLISH_DOCUMENT_NOUNS } from '../../lang/quoted-document-nouns.js';
import type { SpeakerReference } from '../speakers/person-mention.js';
import { colonIntroduction } from './sieves/colon-introduction.js';
import { headingIntroduction } from './sieves/heading-introduction.js';
import { invertedAttribution } from './sieves/inverted-attribution.js';
import { paragraphIntroduction } from './sieves/paragraph-introduction.js';
import { verbAfterQuote } from './sieves/verb-after-quote.js';
import { verbBeforeQuote } from './sieves/verb-before-quote.js';
import {
  citesDocument,
  endsWithLabel,
  isShortEnglish,
  type QuoteReading,
  type QuoteSurroundings,
  standsAlone,
} from './quote-surroundings.js';

/**
 * Reads an English quotation, sieve by sieve, most precise first: the trigram after the quote
 * (`“…,” said X`, `“…,” X said`, `according to X`), the inverted `Said X, “…`, the verb before it
 * (`X said, “…`), a heading or an introducing line above it, a colon introduction (`Name, Role at
 * Org: “…`).
 */
export function readEnglishQuote(s: QuoteSurroundings): QuoteReading {
  const before = s.text.slice(s.beforeStart, s.span.open);
  if (endsWithLabel(before, ENGLISH_LABEL_WORDS)) return { isSpeech: false };
  const after = verbAfterQuote(s);
  if (after && (!isShortEnglish(s) || after.kind !== 'unnamed')) return { isSpeech: true, reference: after };
  const inverted = invertedAttribution(s.text, s.beforeStart, s.span.open);
  if (inverted) return { isSpeech: true, reference: inverted };
  const fromBefore = verbBeforeQuote(s.text, s.beforeStart, s.span.open);
  if (fromBefore && citesDocument(before, ENGLISH_DOCUMENT_NOUNS)) return { isSpeech: false };
  // A short fragment is speech only when the verb next to it names who said it.
  const names = (r: SpeakerReference) => r.kind === 'named' || r.kind === 'pronoun';
  if (fromBefore && (!isShortEnglish(s) || (fromBefore.adjacent && names(fromBefore.reference)))) {
    return { isSpeech: true, reference: fromBefore.reference };
  }
  if (standsAlone(s)) {
    const heading = headingIntroduction(s.text, s.paragraphStart) ?? paragraphIntroduction(s.text, s.paragraphStart);
    if (heading) return { isSpeech: true, reference: heading };
    return { isSpeech: s.followsQuote || !isShortEnglish(s) };
  }
  if (s.continuesSpeech) return { isSpeech: true };
  if (/:\s*[*]*\s*$/.test(before)) {
    return { isSpeech: true, reference: colonIntroduction(s.text, s.beforeStart, s.span.open) ?? { kind: 'unnamed' } };
  }
  return { isSpeech: false };
}

