/**
 * Character error rate: Levenshtein distance over code points divided by the reference length.
 * With `ignoreWhitespace` all whitespace is removed first, the fair measure for Khmer, which
 * writes no spaces between words but where OCR inserts some.
 */
export function characterErrorRate(reference: string, hypothesis: string, options: { ignoreWhitespace?: boolean } = {}): number {
  const clean = (text: string): string[] => [...(options.ignoreWhitespace ? text.replace(/\s+/gu, '') : text.replace(/\s+/gu, ' ').trim())];
  const ref = clean(reference);
  const hyp = clean(hypothesis);
  if (ref.length === 0) return hyp.length === 0 ? 0 : 1;
  let previous = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= hyp.length; j += 1) {
      const substitution = previous[j - 1]! + (ref[i - 1] === hyp[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[hyp.length]! / ref.length;
}
