// Words that introduce a label, name or nickname in quotation marks rather than speech
// ("dubbed “…”", "known as “…”", "ចាត់ទុកថា «…»", "ហៅ «…»", "ឈ្មោះ «…»"). A quote right after one of
// these is a not-quote even when a person is named (corpus README, not_quotes rule).

/** English words or phrases that, right before a quotation mark, make it a label. */
export const ENGLISH_LABEL_WORDS: readonly string[] = [
  'dubbed', 'called', 'calling', 'known as', 'titled', 'entitled', 'named', 'labeled', 'labelled',
  'branded', 'as', 'the word', 'the term', 'so-called', 'nicknamed', 'charged with',
];

/** Khmer words of naming ("titled", "called"): anywhere between the speech verb and «, they make the quotation a label. */
export const KHMER_LABEL_VERBS: readonly string[] = ['ចាត់ទុក', 'ហៅ', 'ដាក់ឈ្មោះ', 'ឈ្មោះ', 'ចំណងជើង'];

/** Khmer nouns that, right before «, make the quotation a title or a name (film, book, charge). */
export const KHMER_LABEL_NOUNS: readonly string[] = [
  ...KHMER_LABEL_VERBS, 'ភាពយន្ត', 'ខ្សែភាពយន្ត', 'សៀវភៅ', 'រឿង', 'បទ', 'ពាក្យ', 'បទល្មើស', 'ពីបទ', 'ស្លាក',
  // "ដោយប្រើ «វិធានការ…»" (by using «…»): the object of "use" is a term, not words spoken.
  'ប្រើ',
];

// A quoted phrase that opens with an auxiliary or a negation is a predicate: words the speaker used
// about someone ("លោកនិយាយថា ពួកគេ «ត្រូវបានគេឃ្លាំមើល»", "are being watched"), a speech fragment,
// where labels and scare quotes are nouns (VOA Khmer corpus README: fragment quotes vs not_quotes).

/** Khmer words that open a quoted predicate (ត្រូវ passive/must, បាន past, នឹង future, មិន/គ្មាន/អត់ not). */
export const KHMER_PREDICATE_OPENERS: readonly string[] = ['ត្រូវ', 'បាន', 'នឹង', 'មិន', 'កំពុង', 'គ្មាន', 'អត់'];
