// Khmer personal pronouns that stand for a person already named. A bare honorific (លោក, លោកស្រី,
// អ្នកស្រី) followed directly by a verb also works as "he/she" (see khmer-honorifics.ts); these are
// the true pronouns. ពួកគេ/គេ ("they", "one") refer to groups or nobody in particular.

/** Pronouns that refer back to the last named speaker of the given kind. */
export const KHMER_PERSON_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'any'>> = {
  គាត់: 'any',
  នាង: 'female',
};

/** Pronouns for a group or an unnamed person: a quote attributed to them has no speaker. */
export const KHMER_GROUP_PRONOUNS: readonly string[] = ['ពួកគេ', 'ពួកគាត់', 'អ្នកភូមិ', 'គេ'];

/** Demonstratives that end a describing phrase ("ស្ត្រីម្នាក់នោះ", that woman): the phrase points back, it names nobody. */
export const KHMER_DEMONSTRATIVES: readonly string[] = ['នេះ', 'នោះ'];
