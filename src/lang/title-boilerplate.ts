// Lines that open a press release without being its headline: document-type labels, letterhead
// mottos and logo slogans (UNDP's "Empowered lives. Resilient nations."; the Kingdom's motto
// "ជាតិ សាសនា ព្រះមហាក្សត្រ" that heads every Cambodian official letter). Compared case-insensitively
// after trimming punctuation and markdown marks.

/** Headline candidates that are boilerplate, lower-cased, without trailing punctuation. */
export const TITLE_BOILERPLATE: readonly string[] = [
  'press release',
  'news release',
  'media release',
  'for immediate release',
  'media advisory',
  'news advisory',
  'press advisory',
  'media statement',
  'joint media release',
  'joint statement',
  'media invitation',
  'for immediate publication',
  'for immediate distribution',
  'immediate release',
  'សេចក្តីជូនដំណឹង',
  'joint press release',
  'statement',
  'press statement',
  'empowered lives',
  'resilient nations',
  'empowered lives. resilient nations',
  'សេចក្តីប្រកាសព័ត៌មាន',
  'សេចក្តីថ្លែងការណ៍ព័ត៌មាន',
  'សេចក្តីថ្លែងការណ៍',
  'ព្រះរាជាណាចក្រកម្ពុជា',
  'ជាតិ សាសនា ព្រះមហាក្សត្រ',
  'kingdom of cambodia',
  'nation religion king',
  'ends',
];

/**
 * Words of a page-number line that a PDF page prints in its header or footer (`Page 1 of 5`,
 * `ទំព័រ ១ នៃ ៣`), lower case: the word for "page" and the word between the number and the count.
 */
export const PAGE_NUMBER_WORDS: { page: readonly string[]; of: readonly string[] } = {
  page: ['page', 'p.', 'ទំព័រ'],
  of: ['of', 'នៃ', '/'],
};
