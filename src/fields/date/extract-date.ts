import type { Warning } from '../../schema/release.js';
import type { FieldContext, Span } from '../field-types.js';
import { frontMatterOf } from '../front-matter.js';
import { type SectionLine, sectionLines } from '../section-lines.js';
import { readDateline } from './dateline.js';
import { findEventDate } from './event-date.js';
import { readDateAt } from './written-date.js';

// The front-matter keys that hold a post's publication date, in order of trust: Jekyll and Hugo
// write `date`, Hugo also `publishDate`, Astro templates `pubDate`, exported pages `published_time`.
const FRONT_MATTER_DATE_KEYS = ['date', 'publishDate', 'pubDate', 'published', 'published_time'];

/** The release date and the event date, with where each was read. */
export interface DateFields {
  date: string | null;
  evidence: Span[];
  eventDate: string | null;
  eventEvidence: Span[];
  warnings: Warning[];
}

/**
 * The publication date of a release, from the front matter of a website export, else from the
 * dateline, byline or official date line of each section (never from a date inside a body
 * sentence). Sections that disagree give DATE_CONFLICT; none gives DATE_MISSING. The event date
 * is the one the lead gives the event (see event-date.ts); it never stands in for the release date.
 */
export function extractDate(ctx: FieldContext): DateFields {
  const lines = sectionLines(ctx);
  const published = frontMatterDate(ctx);
  const printed = releaseDate(ctx, lines);
  // A website post is dated by its front matter; the date its body's dateline carries is the day
  // of the event it reports (`ខេត្តតាកែវ ថ្ងៃទី២១ ខែមីនា ឆ្នាំ២០២៥៖ …`), as the corpus README rules for such posts.
  const bodyDate = published && printed.date ? { iso: printed.date, span: printed.evidence[0]! } : null;
  const event = findEventDate(ctx, lines) ?? bodyDate;
  const release = published ? { date: published.iso, evidence: [published.span], warnings: [] } : printed;
  return { ...release, eventDate: event?.iso ?? null, eventEvidence: event ? [event.span] : [] };
}

function releaseDate(ctx: FieldContext, lines: SectionLine[]): Pick<DateFields, 'date' | 'evidence' | 'warnings'> {
  const warnings: Warning[] = [];
  const perSection = new Map<number, { iso: string; span: Span }>();
  const lunarOnly: Span[] = [];
  for (const line of lines) {
    if (perSection.has(line.section)) continue;
    const dateline = readDateline(ctx.text, line);
    if (!dateline) continue;
    if (dateline.lunarOnly) lunarOnly.push(dateline.lunarOnly);
    const date = dateline.date;
    if (!date) continue;
    const span = { start: date.start, end: date.end };
    if (date.iso === null) {
      warnings.push({
        code: 'DATE_INVALID',
        message: `the date line gives \`${ctx.text.slice(date.start, date.end)}\`, which is not a real calendar day`,
        evidence: span,
      });
      continue;
    }
    perSection.set(line.section, { iso: date.iso, span });
  }
  const found = [...perSection.values()];
  const first = found[0];
  if (!first) {
    for (const span of lunarOnly) {
      warnings.push({
        code: 'DATE_LUNAR_ONLY',
        message: `only a lunar date is given (\`${ctx.text.slice(span.start, span.end)}\`); it is not converted`,
        evidence: span,
      });
    }
    warnings.push({ code: 'DATE_MISSING', message: 'no dateline, byline or date line gives a publication date' });
    return { date: null, evidence: [], warnings };
  }
  for (const other of found.slice(1)) {
    if (other.iso === first.iso) continue;
    warnings.push({
      code: 'DATE_CONFLICT',
      message: `sections disagree on the date: \`${ctx.text.slice(first.span.start, first.span.end)}\` (${first.iso}) and \`${ctx.text.slice(other.span.start, other.span.end)}\` (${other.iso}); the first is kept`,
      evidence: other.span,
    });
  }
  return { date: first.iso, evidence: found.map((f) => f.span), warnings };
}

function frontMatterDate(ctx: FieldContext): { iso: string; span: Span } | null {
  const fields = frontMatterOf(ctx)?.fields;
  for (const key of FRONT_MATTER_DATE_KEYS) {
    const value = fields?.get(key);
    const date = value ? readDateAt(ctx.text, value.span.start) : null;
    if (date?.iso && date.end <= value!.span.end) return { iso: date.iso, span: { start: date.start, end: date.end } };
  }
  return null;
}
