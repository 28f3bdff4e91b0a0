// English reporting verbs that attribute direct speech in news copy ("…," she said; he told VOA
// "…"), from AP/Reuters attribution usage and the VOA corpus. Inflected forms are listed because
// matching is on whole words.

/** Reporting verbs in every inflection that attributes a quote. */
export const ENGLISH_REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stressed', 'stresses', 'noted', 'notes',
  'explained', 'explains', 'asked', 'asks', 'wrote', 'writes', 'stated', 'states', 'declared',
  'declares', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'claimed', 'claims',
  'continued', 'continues', 'replied', 'replies', 'responded', 'answered', 'recalled', 'recalls',
  'emphasized', 'emphasised', 'underlined', 'highlighted', 'remarked', 'commented', 'announced',
  'acknowledged', 'admitted', 'conceded', 'complained', 'joked', 'quipped', 'urged', 'posted',
  'tweeted', 'predicted', 'vowed', 'pledged', 'concluded', 'observed', 'suggested', 'believes',
  'thinks', 'describes', 'described', 'cautioned', 'boasted', 'shouted', 'whispered', 'saying',
  'telling', 'adding', 'speaking', 'according',
];

/** English third-person pronouns that stand for the last named speaker, with their kind. */
export const ENGLISH_PERSON_PRONOUNS: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  she: 'female',
};
