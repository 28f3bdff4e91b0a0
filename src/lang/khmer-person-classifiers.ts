// Khmer classifiers for people: "ប្រជាពលរដ្ឋម្នាក់" (a citizen), "អ្នកវិភាគមួយរូប" (an analyst). A
// subject phrase with one of these describes an unnamed person, who can still be a speaker
// (corpus README: `named: false` speakers are named by the describing phrase).

/** Classifiers that make a noun phrase "one person". */
export const KHMER_PERSON_CLASSIFIERS: readonly string[] = ['ម្នាក់', 'មួយរូប'];

// Nouns for a man or a woman that open a description ("បុរសវ័យចំណាស់ម្នាក់", an elderly man;
// "ស្ត្រីម្នាក់នោះ", that woman): a later លោក (he) or អ្នកស្រី (she) points back to the one of its kind.

/** Khmer nouns for a person of known gender, with that gender. */
export const KHMER_GENDERED_PERSON_NOUNS: Readonly<Record<string, 'male' | 'female'>> = {
  បុរស: 'male',
  ស្ត្រី: 'female',
  នារី: 'female',
};
