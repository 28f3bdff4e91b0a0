// Khmer names of the solar (Gregorian) months as printed in Cambodian government letters and news
// (Khmer dictionary of Chuon Nath; VOA Khmer bylines). Variant spellings seen in print are listed
// after the standard one: the visarga-like ៈ is often typed as ះ, and វិច្ឆិកា as វិច្ចិកា.

/** Khmer solar month names → month number (1–12), variants included. */
export const KHMER_SOLAR_MONTHS: ReadonlyMap<string, number> = new Map([
  ['មករា', 1],
  ['កុម្ភៈ', 2],
  ['កុម្ភះ', 2],
  ['កុម្ភ', 2],
  ['មីនា', 3],
  ['មិនា', 3],
  ['មេសា', 4],
  ['ឧសភា', 5],
  ['ឧសភ', 5],
  ['មិថុនា', 6],
  ['កក្កដា', 7],
  ['កក្តដា', 7],
  ['សីហា', 8],
  ['កញ្ញា', 9],
  ['តុលា', 10],
  ['វិច្ឆិកា', 11],
  ['វិច្ចិកា', 11],
  ['ធ្នូ', 12],
]);
