// Khmer classifiers for people: "ប្រជាពលរដ្ឋម្នាក់" (a citizen), "អ្នកវិភាគមួយរូប" (an analyst). A
// subject phrase with one of these describes an unnamed person, who can still be a speaker
// (corpus README: `named: false` speakers are named by the describing phrase).

/** Classifiers that make a noun phrase "one person". */
export const KHMER_PERSON_CLASSIFIERS: readonly string[] = ['ម្នាក់', 'មួយរូប'];
