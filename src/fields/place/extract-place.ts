import { CAMBODIAN_PLACES, KHMER_PLACE_PREFIXES } from '../../lang/place-names.js';
import type { Warning } from '../../schema/release.js';
import { readDateline } from '../date/dateline.js';
import type { FieldContext, Span } from '../field-types.js';
import { frontMatterOf } from '../front-matter.js';
import { sectionLines } from '../section-lines.js';

// A dateline opens the story: past this many lines of a section, a `Name — ...` or `Name: ...` line
// without a date is body text.
const DATELINE_MAX_LINE = 8;

/**
 * The dateline place as written (`Phnom Penh`, `Siem Reap province`, `រាជធានីភ្នំពេញ`). A release
 * with an English section gives the English form: its own dateline's, else the known English name
 * of the Khmer place. Null + PLACE_MISSING when no section has a dateline place.
 */
export function extractPlace(ctx: FieldContext): { place: string | null; evidence: Span[]; warnings: Warning[] } {
  const found: { lang: string; span: Span }[] = [];
  const done = new Set<number>();
  const lines = sectionLines(ctx);
  // The first line is the headline, unless the front matter holds it and the body opens with the dateline.
  const firstLine = frontMatterOf(ctx) === null ? 1 : 0;
  for (const line of lines) {
    if (done.has(line.section) || line.index < firstLine) continue;
    const dateline = readDateline(ctx.text, line);
    // A place with a date is a dateline wherever the header ends; a place alone only near the top.
    if (!dateline?.place || (!dateline.date && line.index > DATELINE_MAX_LINE)) continue;
    found.push({ lang: line.lang, span: dateline.place });
    done.add(line.section);
  }
  const english = found.find((f) => f.lang === 'en');
  const first = english ?? found[0];
  if (!first) {
    return { place: null, evidence: [], warnings: [{ code: 'PLACE_MISSING', message: 'no section opens with a dateline place' }] };
  }
  const written = ctx.text.slice(first.span.start, first.span.end);
  const hasEnglishSection = lines.some((l) => l.lang === 'en');
  const place = !english && hasEnglishSection ? (englishFormOf(written) ?? written) : written;
  return { place, evidence: found.map((f) => f.span), warnings: [] };
}

/** `រាជធានីភ្នំពេញ` → `Phnom Penh`, when the place is a known one. */
function englishFormOf(khmer: string): string | undefined {
  const prefix = KHMER_PLACE_PREFIXES.find((p) => khmer.startsWith(p));
  const bare = prefix ? khmer.slice(prefix.length) : khmer;
  return CAMBODIAN_PLACES.find((p) => p.km === bare)?.en;
}
