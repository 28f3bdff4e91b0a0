// Head words that make a phrase an organization's name. English: the nouns that end or open
// institutional names (Ministry of ..., ... Committee, ... Party). Khmer: the nouns a name starts
// with (ក្រសួង "ministry", គណបក្ស "party", អង្គការ "organization", ...), per Khmer naming usage in
// Royal Government documents. Weak heads (Programme, Office, ...) also name plans and rooms, so they
// count only when an acronym in parentheses follows the name.

/** English head nouns that make a capitalised phrase an organization. */
export const ENGLISH_ORGANIZATION_HEADS: readonly string[] = [
  'Ministry',
  'Committee',
  'Party',
  'Organization',
  'Organisation',
  'Association',
  'Council',
  'Bank',
  'Agency',
  'University',
  'Institute',
  'Foundation',
  'Fund',
  'Commission',
  'Department',
  'Assembly',
  'Federation',
  'Union',
  'Movement',
  'Embassy',
  'Court',
  'Network',
  'Alliance',
  'Coalition',
  'Authority',
  'Limited',
  'Corporation',
  'Company',
];

/** English heads that name an organization only when an acronym in parentheses follows. */
export const ENGLISH_WEAK_ORGANIZATION_HEADS: readonly string[] = ['Programme', 'Program', 'Office', 'Centre', 'Center', 'Group', 'Service', 'Forum'];

/** Capitalised words that open a sentence or a phrase and are never the start of a name. */
export const ENGLISH_NON_NAME_OPENERS: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'And', 'But', 'When', 'While', 'As', 'Also',
  'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Under', 'After', 'Before', 'During', 'Both', 'Then', 'Of', 'To',
];

/** Khmer head nouns an organization's name starts with; longer heads first. */
export const KHMER_ORGANIZATION_HEADS: readonly string[] = [
  'អគ្គនាយកដ្ឋាន',
  'នាយកដ្ឋាន',
  'ក្រសួង',
  'គណបក្ស',
  'គណៈកម្មាធិការ',
  'អង្គការ',
  'ធនាគារ',
  'សមាគម',
  'ក្រុមប្រឹក្សា',
  'ទីស្តីការ',
  'វិទ្យាស្ថាន',
  'សាកលវិទ្យាល័យ',
  'សម្ព័ន្ធ',
  'សហភាព',
  'មូលនិធិ',
  'ស្ថានឯកអគ្គរាជទូត',
  'ស្ថានទូត',
  'ទីភ្នាក់ងារ',
  'សាលាដំបូង',
  'បណ្តាញ',
];

/**
 * Khmer words that end a name found by its head: verbs and particles that start the rest of the
 * sentence (ដែល "which", បាន past marker, ត្រូវ "must", ...). Chosen not to occur inside names.
 */
export const KHMER_NAME_ENDERS: readonly string[] = ['ដែល', 'កាលពី', 'ក្នុង', 'ចំនួន', 'ជាង', 'ថ្មី', 'បាន', 'ត្រូវ', 'កំពុង', 'នឹង', 'ហើយ', 'ធ្លាប់', 'មិន', 'គឺ', 'បច្ចុប្បន្ន', 'ក៏', 'ផង', 'ទេ', 'ទៀត', 'នោះ', 'នេះ', 'នានា', 'ទាំង', 'មួយ', 'របស់', 'ឲ្យ', 'ឱ្យ'];

/** Khmer words glued before a name (និងកម្មវិធី... "and the programme ..."); stripped from a name's start. */
export const KHMER_NAME_PREFIX_WORDS: readonly string[] = ['និង', 'នៃ', 'របស់', 'ពី', 'ដោយ', 'នៅ', 'ដល់', 'ជាមួយ', 'ចំពោះ', 'ហៅកាត់ថា', 'ឲ្យ', 'ឱ្យ'];

/**
 * Words that, right after a Khmer head, make a description rather than a name: គណបក្សប្រឆាំង "the
 * opposition party", គណបក្សកាន់អំណាច "the ruling party", បណ្តាញសង្គម "social network".
 */
export const KHMER_GENERIC_TAILS: readonly string[] = ['ប្រឆាំង', 'កាន់អំណាច', 'នយោបាយ', 'តូច', 'ធំ', 'ដ៏', 'ថ្មី', 'ណា', 'ដទៃ', 'សង្គម', 'ឃុំ', 'ទាំង', 'ជា', 'នានា', 'ខ្ញុំ', 'យើង', 'នេះ', 'នោះ'];

/** Khmer words that join a name to the one it belongs to (នៃ "of", របស់ "of", សម្រាប់ "for"). */
export const KHMER_GENITIVE_WORDS: readonly string[] = ['នៃ', 'របស់', 'សម្រាប់'];

/** Khmer connector words that cannot end a name (a name cut before its complement keeps none). */
export const KHMER_TRAILING_CONNECTORS: readonly string[] = ['ប្រចាំ', 'នៃ', 'និង', 'របស់', 'សម្រាប់', 'ក្នុង', 'នៅ', 'ពី'];
