/**
 * The corpus in two halves, so extraction rules are judged on documents they were not written
 * for. Rules are developed on `dev`; `heldOut` is only ever scored in aggregate. Each half takes
 * part of every kind of document (VOA news pairs, Khmer news, ministry releases, other publishers'
 * releases), and a Khmer/English parallel pair stays on one side so a translation never leaks the
 * other half's answers. Rotating means swapping the halves and reporting both.
 */
export const CORPUS_SPLIT = {
  dev: ['101', '102', '105', '106', '109', '110', '111', '113', '115', '117', '118', '121', '122', '125', '126', '129', '130', '140', '142', '144', '146', '148'],
  heldOut: ['103', '104', '107', '108', '112', '114', '116', '119', '120', '123', '124', '127', '128', '141', '143', '145', '147'],
} as const;

export type CorpusHalf = keyof typeof CORPUS_SPLIT;

/** The half a corpus document (`NNN`) belongs to; documents added later count as held out. */
export function corpusHalf(stem: string): CorpusHalf {
  return (CORPUS_SPLIT.dev as readonly string[]).includes(stem) ? 'dev' : 'heldOut';
}
