// Nouns for written rules and handbooks. A passage cited from one of them ("the handbook says: «…»",
// សៀវភៅនោះបានបញ្ជាក់ថា៖ «…») is not speech (corpus README, not_quotes: "passages cited from handbooks
// or regulations").

/** Khmer nouns for documents that can "say" something. */
export const KHMER_DOCUMENT_NOUNS: readonly string[] = [
  'សៀវភៅ', 'សៀវភៅណែនាំ', 'ច្បាប់', 'បទបញ្ជា', 'គោលការណ៍', 'មាត្រា', 'រដ្ឋធម្មនុញ្ញ', 'លិខិតបទដ្ឋាន', 'បទប្បញ្ញត្តិ',
];

/** English nouns for documents that can "say" something. */
export const ENGLISH_DOCUMENT_NOUNS: readonly string[] = [
  'handbook', 'manual', 'regulation', 'regulations', 'law', 'article', 'constitution', 'guideline', 'guidelines', 'code',
];
