/**
 * The most frequent Khmer function words (conjunctions, prepositions, particles, copulas), chosen
 * from the corpus's news texts. Real Khmer prose has 7.5–10.5 occurrences per 100 Khmer characters
 * (measured on ../shared/corpus); a text layer whose clusters come out garbled has about half that.
 */
export const KHMER_COMMON_WORDS = [
  'និង', // and
  'នៃ', // of
  'ក្នុង', // in
  'ដែល', // which, that
  'ជា', // is, as
  'បាន', // past marker, can
  'ការ', // nominalizer
  'មាន', // have, there is
  'ឱ្យ', // to, let
  'នេះ', // this
  'ពី', // from
  'ដើម្បី', // in order to
  'របស់', // of, belonging to
  'ទៅ', // to, go
  'នឹង', // will, with
  'ថា', // that (speech)
  'នៅ', // at, still
  'គឺ', // is, namely
  'ប្រទេស', // country
  'ហើយ', // and, already
  'ដោយ', // by
  'សម្រាប់', // for
  'ត្រូវ', // must, be
  'ទាំង', // all, both
  'មិន', // not
  'អ្នក', // person, you
  'លោក', // Mr., he
  'ពេល', // time, when
  'តែ', // but, only
  'ក៏', // also
] as const;
