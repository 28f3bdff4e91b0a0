import type { LanguageCode } from '../../../schema/release.js';
import type { PersonMention } from '../../speakers/person-mention.js';
import type { QuoteSpan } from '../quote-marks.js';

/**
 * Sieve: when nothing next to a quotation names its speaker ("X emphasized …, saying, “…”"), the
 * only person named in its paragraph (outside quotation marks) said it. Two people, or none, and
 * the sieve stays silent.
 */
export function onlyPersonInParagraph(
  text: string,
  span: QuoteSpan,
  lang: LanguageCode,
  timeline: PersonMention[],
): PersonMention | undefined {
  const start = text.lastIndexOf('\n', span.open - 1) + 1;
  const lineEnd = text.indexOf('\n', span.close ?? span.inner.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const inQuote = (m: PersonMention) => m.span.start >= span.open && m.span.start < (span.close ?? span.inner.end);
  const named = timeline.filter((m) => m.lang === lang && !m.isOrganization && !m.describedAs && m.span.start >= start && m.span.start < end && !inQuote(m));
  const people: PersonMention[] = [];
  for (const m of [...named].sort((a, b) => b.name.length - a.name.length)) {
    if (!people.some((p) => p.name === m.name || p.name.endsWith(` ${m.name}`))) people.push(m);
  }
  return people.length === 1 ? people[0] : undefined;
}
