// Sentence bounds around a quotation: attribution is read only from the quote's own sentence.
const ABBREVIATION_BEFORE_PERIOD = /(?:\b[A-Z]|\bH\.E|\bMr|\bMrs|\bMs|\bDr|\bProf|\bSt|\bU\.S|\bNo|\bvs)$/;

/** Where the sentence holding `at` begins, no earlier than `floor`. */
export function sentenceStart(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if (c === '។' || c === '!' || c === '?') return i + 1;
    if (c === '.' && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(floor, i - 4), i))) {
      return i + 1;
    }
  }
  return floor;
}

/** Where the sentence running from `from` ends (exclusive), no later than `ceiling`. */
export function sentenceEnd(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '។') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[i + 1] ?? ' ')) {
      if (c === '.' && ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(from, i - 4), i))) continue;
      return i;
    }
  }
  return ceiling;
}
