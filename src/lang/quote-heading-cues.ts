// Headings that introduce the quotations below them in a press release ("Comments from Chairman
// and CEO Rodney McMullen", "Quote from the Minister", "Remarks by …"): earnings releases and
// agency releases set the speaker in a heading instead of a speech verb. Compared case-insensitively
// with the start of the heading line.

/** Words that open a heading naming the speaker of the quotation that follows. */
export const ENGLISH_QUOTE_HEADING_CUES: readonly string[] = [
  'comments from', 'comment from', 'comments by', 'quote from', 'quotes from', 'quote by', 'quotes by',
  'remarks from', 'remarks by', 'statement from', 'statement by', 'message from', 'a word from',
  'testimonial from', 'in the words of',
];
