// The Khmer lunisolar calendar as printed on the date line of official letters, e.g.
// `ថ្ងៃសុក្រ ៤កើត ខែផល្គុន ឆ្នាំច សំរឹទ្ធិស័ក ព.ស.២៥៦២ ត្រូវនឹងថ្ងៃទី១១ ខែមីនា ឆ្នាំ២០១៩`
// (weekday, lunar day waxing កើត / waning រោច, lunar month, animal year, decade year, Buddhist era,
// then ត្រូវនឹង "corresponds to" and the solar date). Names follow the Royal Academy's calendar.

/** Khmer weekday names as they follow ថ្ងៃ (with common spelling variants). */
export const KHMER_WEEKDAYS: readonly string[] = [
  'អាទិត្យ',
  'ចន្ទ',
  'ច័ន្ទ',
  'អង្គារ',
  'ពុធ',
  'ព្រហស្បតិ៍',
  'ព្រហស្បត្តិ៍',
  'សុក្រ',
  'សៅរ៍',
];

/** The twelve lunar months plus the two leap-year Asadha months. */
export const KHMER_LUNAR_MONTHS: readonly string[] = [
  'មិគសិរ',
  'បុស្ស',
  'មាឃ',
  'ផល្គុន',
  'ចេត្រ',
  'ពិសាខ',
  'ជេស្ឋ',
  'អាសាឍ',
  'បឋមាសាឍ',
  'ទុតិយាសាឍ',
  'ស្រាពណ៍',
  'ភទ្របទ',
  'អស្សុជ',
  'កត្តិក',
];

/** Waxing (កើត) and waning (រោច) moon, which follow the lunar day number. */
export const KHMER_MOON_PHASES: readonly string[] = ['កើត', 'រោច'];

/** The Buddhist-era marker; a year after it is the Common Era year + 543. */
export const BUDDHIST_ERA_MARKERS: readonly string[] = ['ព.ស.', 'ព.ស', 'B.E.'];

/** Years this far above the Common Era are taken as Buddhist era even without a marker. */
export const BUDDHIST_ERA_OFFSET = 543;

/** "corresponds to": joins the lunar date to the solar date on a letter's date line. */
export const LUNAR_SOLAR_JOINERS: readonly string[] = ['ត្រូវនឹង', 'ត្រូវនិង'];
