// Verbs that report what someone said as a that-clause (indirect speech), from the Royal
// Government's and ministries' press releases (Khmer `X បានមានប្រសាសន៍ថា …`) and AP/Reuters
// style English copy ("X said that …", "stressed that", "is optimistic that"). The clause after
// ថា / that is the reported statement; a quotation mark right after it makes it a direct quote.

/** Khmer verbs whose ថា opens a reported statement; words may stand between verb and ថា (មានសង្ឃឹមជឿជាក់ប្រកបដោយសុទិដ្ឋិនិយមថា). */
export const KHMER_REPORTING_VERBS: readonly string[] = [
  'មានប្រសាសន៍', 'ថ្លែង', 'បញ្ជាក់', 'គូសបញ្ជាក់', 'លើកឡើង', 'សង្ឃឹម', 'ជឿជាក់', 'បន្ថែម', 'និយាយ',
  'ពន្យល់', 'អះអាង', 'ប្រកាស', 'រំលឹក', 'ប្រាប់', 'ឱ្យដឹង', 'ឲ្យដឹង', 'ទទួលស្គាល់', 'ព្រមាន', 'សន្និដ្ឋាន',
];

/** Words that start with ថា without being the conjunction (ថាមពល "energy"). */
export const KHMER_THA_WORDS: readonly string[] = ['ថាមពល', 'ថាមវន្ត'];

/** English verbs and predicates followed by "that" and the reported statement. */
export const ENGLISH_THAT_VERBS: readonly string[] = [
  'said', 'says', 'stated', 'states', 'stressed', 'stresses', 'noted', 'notes', 'added', 'adds',
  'announced', 'announces', 'explained', 'explains', 'emphasized', 'emphasised', 'emphasizes',
  'underlined', 'highlighted', 'pointed out', 'reiterated', 'confirmed', 'affirmed', 'assured',
  'acknowledged', 'believes', 'believed', 'hopes', 'hoped', 'expects', 'expected', 'warned',
  'argued', 'insisted', 'reported', 'revealed', 'disclosed', 'observed', 'recalled', 'mentioned',
  'is optimistic', 'was optimistic', 'is confident', 'was confident', 'is hopeful', 'was hopeful',
  'expressed hope', 'expressed confidence', 'expressed optimism', 'is convinced', 'was convinced',
];

/** English verbs after which "that" is often left out ("said the ministry will …"). */
export const ENGLISH_THAT_OPTIONAL_VERBS: readonly string[] = ['said', 'says', 'added', 'announced', 'stressed', 'noted'];

/** Auxiliaries and modals that show a clause follows when "that" is left out. */
export const ENGLISH_CLAUSE_AUXILIARIES: readonly string[] = [
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had',
  'is', 'are', 'was', 'were', 'plans', 'aims', 'intends',
];
