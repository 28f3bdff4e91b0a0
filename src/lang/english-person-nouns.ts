// Nouns that describe an unnamed person in news copy ("one woman", "a village administrator",
// "one CPP minister"). Together with the job titles in english-titles.ts they end a describing
// phrase that can stand for a speaker.

/** Head nouns for people that are not job titles. */
export const ENGLISH_PERSON_NOUNS: readonly string[] = [
  'woman', 'man', 'villager', 'administrator', 'citizen', 'person', 'mother', 'father', 'girl', 'boy',
  'resident', 'witness', 'neighbor', 'neighbour', 'supporter', 'survivor', 'victim', 'relative', 'friend',
];
