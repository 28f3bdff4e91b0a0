// English honorifics written before a name in press releases and news copy (AP style courtesy
// titles, diplomatic "H.E." for His/Her Excellency). "Ketebandith" is the romanised Khmer
// កិត្តិបណ្ឌិត (an honorary doctorate used as a title), so it is an honorific, not a name part.

/** One English honorific and the kind of person it addresses. */
export interface EnglishHonorific {
  form: string;
  gender: 'male' | 'female' | 'any';
}

/** English honorifics, compared case-sensitively with an optional final period. */
export const ENGLISH_HONORIFICS: readonly EnglishHonorific[] = [
  { form: 'H.E.', gender: 'any' },
  { form: 'HE', gender: 'any' },
  { form: 'Mr', gender: 'male' },
  { form: 'Mrs', gender: 'female' },
  { form: 'Ms', gender: 'female' },
  { form: 'Miss', gender: 'female' },
  { form: 'Dr', gender: 'any' },
  { form: 'Prof', gender: 'any' },
  { form: 'Professor', gender: 'any' },
  { form: 'Samdech', gender: 'any' },
  { form: 'Lok Chumteav', gender: 'female' },
  { form: 'Oknha', gender: 'any' },
  { form: 'Ketebandith', gender: 'any' },
  { form: 'Kittibandith', gender: 'any' },
  { form: 'Excellency', gender: 'any' },
];
