// Labels of a press-release header. Release-date labels print the release's own date: "FOR
// IMMEDIATE RELEASE: June 3, 2019", "Release date: 5 March 2020", "កាលបរិច្ឆេទ៖ …" (date). Field
// labels end in a colon as a dateline place does (`PUTRAJAYA:`), but name a field of the header
// or the footer (`MEDIA CONTACT:`, `NOTE TO EDITORS:`). Both compared lower-cased.

/** Labels followed by the release date, lower case. */
export const RELEASE_DATE_LABELS: readonly string[] = [
  'for immediate release',
  'for release',
  'release date',
  'date of release',
  'released',
  'issued',
  'date',
  'dated',
  'កាលបរិច្ឆេទ',
  'ថ្ងៃចេញផ្សាយ',
];

/** Labels of other header and footer fields, lower case. */
export const HEADER_FIELD_LABELS: readonly string[] = [
  'note',
  'notes',
  'note to editors',
  'notes to editors',
  'editor’s note',
  "editor's note",
  'media contact',
  'media contacts',
  'contact',
  'contacts',
  'photo',
  'source',
  'subject',
  'attention',
  'embargo',
  'embargoed',
  'ref',
  'reference',
];
