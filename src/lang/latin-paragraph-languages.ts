// The languages a long Latin-script paragraph of a Cambodian release is weighed against (ISO 639-3,
// as franc names them). franc's full model compares every paragraph with 126 Latin-script
// languages, which took 54 of the 59 ms that sections cost on the seed release; these are the ones
// a release plausibly holds: English, French (an official language of Cambodia until the 1990s and
// of many partners' documents), the region's Latin-script languages, and the European languages
// of donors. Legacy-font Khmer (Limon mojibake), which the check exists for, still reads as one of
// them rather than English: measured by `npx tsx scripts/measure-section-languages.ts`.

/** franc's `only` list for telling whether a Latin paragraph is English. */
export const LATIN_PARAGRAPH_LANGUAGES: readonly string[] = [
  'eng',
  'fra',
  'deu',
  'spa',
  'por',
  'ita',
  'nld',
  'vie',
  'ind',
  'zlm',
  'tgl',
];
