// Cambodia's capital and 24 provinces with their Khmer and romanized names (Ministry of Interior,
// Sub-Decree on provincial names; romanization as used in English-language Cambodian press).
// Used to pair a Khmer dateline with its English form; a place not listed is still read as written.

/** One place known in both languages. */
export interface KnownPlace {
  en: string;
  km: string;
}

/** The capital and the provinces of Cambodia. */
export const CAMBODIAN_PLACES: readonly KnownPlace[] = [
  { en: 'Phnom Penh', km: 'ភ្នំពេញ' },
  { en: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ' },
  { en: 'Battambang', km: 'បាត់ដំបង' },
  { en: 'Kampong Cham', km: 'កំពង់ចាម' },
  { en: 'Kampong Chhnang', km: 'កំពង់ឆ្នាំង' },
  { en: 'Kampong Speu', km: 'កំពង់ស្ពឺ' },
  { en: 'Kampong Thom', km: 'កំពង់ធំ' },
  { en: 'Kampot', km: 'កំពត' },
  { en: 'Kandal', km: 'កណ្តាល' },
  { en: 'Kep', km: 'កែប' },
  { en: 'Koh Kong', km: 'កោះកុង' },
  { en: 'Kratie', km: 'ក្រចេះ' },
  { en: 'Mondulkiri', km: 'មណ្ឌលគិរី' },
  { en: 'Oddar Meanchey', km: 'ឧត្តរមានជ័យ' },
  { en: 'Pailin', km: 'ប៉ៃលិន' },
  { en: 'Preah Sihanouk', km: 'ព្រះសីហនុ' },
  { en: 'Preah Vihear', km: 'ព្រះវិហារ' },
  { en: 'Prey Veng', km: 'ព្រៃវែង' },
  { en: 'Pursat', km: 'ពោធិ៍សាត់' },
  { en: 'Ratanakiri', km: 'រតនគិរី' },
  { en: 'Siem Reap', km: 'សៀមរាប' },
  { en: 'Stung Treng', km: 'ស្ទឹងត្រែង' },
  { en: 'Svay Rieng', km: 'ស្វាយរៀង' },
  { en: 'Takeo', km: 'តាកែវ' },
  { en: 'Tbong Khmum', km: 'ត្បូងឃ្មុំ' },
];

/** Khmer administrative prefixes glued to a place name (`រាជធានីភ្នំពេញ`, `ខេត្តកណ្តាល`). */
export const KHMER_PLACE_PREFIXES: readonly string[] = ['រាជធានី', 'ខេត្ត', 'ក្រុង', 'ស្រុក', 'ខណ្ឌ', 'ឃុំ', 'សង្កាត់', 'ភូមិ'];

/** Words that open a Khmer date line before the place (`ធ្វើនៅរាជធានីភ្នំពេញ` "done at Phnom Penh"). */
export const KHMER_PLACE_OPENERS: readonly string[] = ['ធ្វើនៅ', 'នៅ'];

/** Lower-case English words allowed inside a dateline place (`Siem Reap province`). */
export const ENGLISH_PLACE_UNIT_WORDS: readonly string[] = [
  'province',
  'district',
  'commune',
  'village',
  'city',
  'town',
  'capital',
];
