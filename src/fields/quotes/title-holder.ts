import type { PersonMention } from '../speakers/person-mention.js';

// How far from a name its title is written: right before it ("Minister Chea Vandeth",
// ឯកឧត្តមរដ្ឋមន្ត្រី ជា វ៉ាន់ដេត) or in the apposition after it ("Chea Vandeth, Minister of …").
const TITLE_BEFORE = 25;
const TITLE_AFTER = 50;

/**
 * The person a bare title stands for ("The Minister", ឯកឧត្តមរដ្ឋមន្ត្រី): the last person named
 * before `before` with that title next to the name.
 */
export function titleHolder(text: string, title: string, timeline: PersonMention[], before: number): PersonMention | undefined {
  const wanted = title.toLowerCase();
  for (let i = timeline.length - 1; i >= 0; i--) {
    const m = timeline[i]!;
    if (m.span.start >= before || m.isOrganization) continue;
    const around = text.slice(Math.max(0, m.span.start - TITLE_BEFORE), m.span.end + TITLE_AFTER).toLowerCase();
    if (m.role?.toLowerCase().includes(wanted) || around.includes(wanted)) return m;
  }
  return undefined;
}
