import { BUDDHIST_ERA_OFFSET } from '../../lang/khmer-lunar-calendar.js';

// Years outside this range are not a release's date (typos, phone fragments, page numbers).
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** `YYYY-MM-DD` for a real calendar day in a plausible year, else null (31 February, month 13). */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The Common Era year of a written year. The Buddhist era (ព.ស.) is the Common Era + 543; an
 * unmarked year too late to be Common Era (e.g. 2562) is read as Buddhist era, as Khmer and Thai
 * documents write it.
 */
export function commonEraYear(written: number, buddhistEraMarked: boolean): number {
  if (buddhistEraMarked || written > MAX_YEAR) return written - BUDDHIST_ERA_OFFSET;
  return written;
}
