// Khmer verbs that introduce reported or direct speech. In news Khmer a direct quote usually
// follows one of these, typically ending in ថា ("that") and often ៖ (colon): "X មានប្រសាសន៍ថា «…»".
// Collected from the bilingual seed release and VOA Khmer / RFA / Khmer news copy.

/** Speech verbs (without the auxiliary បាន, which may precede any of them). */
export const KHMER_SPEECH_VERBS: readonly string[] = [
  'មានប្រសាសន៍',
  'ថ្លែង',
  'លើកឡើង',
  'គូសបញ្ជាក់',
  'បញ្ជាក់',
  'បន្ថែម',
  'បន្ត',
  'និយាយ',
  'ប្រាប់',
  'សង្ឃឹម',
  'ស្នើ',
  'សរសេរ',
  'ឆ្លើយ',
  'សួរ',
  'អះអាង',
  'ពន្យល់',
  'ប្រកាស',
  'រៀបរាប់',
  'ព្រមាន',
  'ទទួលស្គាល់',
  'បញ្ចេញមតិ',
  'ចាប់ផ្តើម',
  'ស្រែក',
  'សរសើរ',
  'រិះគន់',
  'អំពាវនាវ',
  'ចោទ',
  'ប្តេជ្ញា',
  'សន្និដ្ឋាន',
  'ផ្សាយ',
  'បង្ហោះ',
  'ជម្រាប',
  'ថ្លែងការណ៍',
];

/** Auxiliaries that stand between a subject and its speech verb: បាន (past), ក៏ ("also") and both. */
export const KHMER_SPEECH_AUXILIARIES: readonly string[] = ['ក៏បាន', 'បាន', 'ក៏'];
