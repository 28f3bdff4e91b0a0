// Khmer names of countries, regions and world bodies as VOA Khmer, RFA and Royal Government texts
// spell them (ថៃ Thailand, អាមេរិក America, អាស៊ាន ASEAN ...). An organization name that carries
// one of them is a proper name (សហភាពអឺរ៉ុប), and one glued after a ministry or embassy tells whose
// it is (ក្រសួងការបរទេសថៃ "the Thai foreign ministry").

/** Countries and regions, longer spellings first. */
export const KHMER_COUNTRY_NAMES: readonly string[] = [
  'កម្ពុជា', 'ខ្មែរ', 'ថៃ', 'អាមេរិក', 'សហរដ្ឋអាមេរិក', 'ចិន', 'វៀតណាម', 'ឡាវ', 'ជប៉ុន', 'កូរ៉េ', 'ឥណ្ឌា',
  'បារាំង', 'អង់គ្លេស', 'ចក្រភពអង់គ្លេស', 'អាល្លឺម៉ង់', 'អូស្ត្រាលី', 'រុស្ស៊ី', 'ម៉ាឡេស៊ី', 'មីយ៉ាន់ម៉ា', 'ភូមា',
  'សិង្ហបុរី', 'ឥណ្ឌូនេស៊ី', 'ហ្វីលីពីន', 'កាណាដា', 'ស៊ុយអែត', 'អាស៊ី', 'អាស៊ាន', 'អឺរ៉ុប', 'អាហ្វ្រិក', 'ប៉ាស៊ីហ្វិក',
];

/** Khmer words naming the kind of place before a country or capital (ប្រទេសថៃ, រាជធានីភ្នំពេញ). */
export const KHMER_COUNTRY_PREFIXES: readonly string[] = ['ប្រទេស', 'ព្រះរាជាណាចក្រ', 'ព្រះរាជណាចក្រ', 'រាជធានី', 'ទីក្រុង'];
