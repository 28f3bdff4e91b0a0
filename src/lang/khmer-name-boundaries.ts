// Khmer writes no spaces between words, so where a personal name after an honorific ends is told by
// the words that cannot be part of it (លោក ហេង ដែលជាកសិករ… "Mr. Heng, who is a farmer…") and by the
// words after which an honorific opens a new phrase (ហើយលោកបានបន្ថែម "and he added"). Speech verbs
// (khmer-speech-verbs.ts) and title words (khmer-titles.ts) also end a name.

/**
 * Words a Khmer personal name never starts with: relative pronoun, auxiliaries, copulas,
 * prepositions and conjunctions. A name stops at the first of them.
 */
export const KHMER_NAME_STOP_WORDS: readonly string[] = [
  'ដែល', 'បាន', 'មាន', 'ជា', 'ថា', 'ក៏', 'នៅ', 'និង', 'គឺ', 'ពី', 'ឲ្យ', 'ឱ្យ', 'អាយុ', 'ត្រូវ',
  'កំពុង', 'នឹង', 'មិន', 'ទៅ', 'មក', 'ទទួល', 'ហើយ', 'តែ', 'ដោយ', 'ក្នុង', 'ជាមួយ', 'របស់', 'ចំពោះ',
  'ក្រោយ', 'មុន', 'ពេល', 'ធ្លាប់', 'ទើប', 'នោះ', 'នេះ', 'ផង', 'ដែរ', 'ទាំង', 'អ្នក', 'ខ្លួន', 'ចង់',
];

/** Words long and unambiguous enough to cut a name inside a glued token (លោកហេងបាននិយាយ). */
export const KHMER_GLUED_NAME_STOPS: readonly string[] = ['បាន', 'មាន', 'ដែល', 'ក៏បាន', 'នោះ', 'នេះ'];

/** Words after which an honorific starts a new phrase even without a space (ហើយលោកបានបន្ថែម). */
export const KHMER_PHRASE_JOINERS: readonly string[] = [
  'ហើយ', 'ដែល', 'និង', 'ថា', 'គឺ', 'តែ', 'ចំណែក', 'រីឯ', 'ខណៈ', 'ពេល', 'ដោយ', 'ទៅ', 'ពី', 'ឲ្យ', 'ឱ្យ',
];

/**
 * Family names spelled like a stop word: ជា (Chea) is "to be" too. Right after an honorific and
 * before a second name word (ឯកឧត្តម ជា វ៉ាន់ដេត) it is the family name.
 */
export const KHMER_FAMILY_NAMES_LIKE_STOP_WORDS: readonly string[] = ['ជា'];
