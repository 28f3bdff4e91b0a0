import { type Counts, type DocumentScore, SCORED_FIELDS, type ScoredField } from './score-release.js';

/** Counts summed over documents, per field and language (`all` adds both). */
export type EvalTotals = Record<ScoredField, Record<'km' | 'en' | 'all', Counts>>;

const empty = (): Counts => ({ correct: 0, predicted: 0, found: 0, expected: 0 });

/** Sums document scores. */
export function totalScores(scores: DocumentScore[]): EvalTotals {
  const totals = Object.fromEntries(
    SCORED_FIELDS.map((f) => [f, { km: empty(), en: empty(), all: empty() }]),
  ) as EvalTotals;
  for (const score of scores) {
    for (const field of SCORED_FIELDS) {
      for (const lang of ['km', 'en'] as const) {
        const c = score[field][lang];
        if (!c) continue;
        for (const target of [totals[field][lang], totals[field].all]) {
          target.correct += c.correct;
          target.predicted += c.predicted;
          target.found += c.found;
          target.expected += c.expected;
        }
      }
    }
  }
  return totals;
}

/**
 * Precision, recall and F1 of summed counts. Nothing predicted is perfectly precise and nothing
 * expected is perfectly recalled, so an invented item costs precision and a missed one recall.
 */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted === 0 ? 1 : c.correct / c.predicted;
  const recall = c.expected === 0 ? 1 : c.found / c.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A Markdown table of the totals: one row per field and language. */
export function formatTotals(title: string, totals: EvalTotals): string {
  const rows = [`### ${title}`, '', '| field | lang | precision | recall | F1 | predicted | expected |', '|---|---|---|---|---|---|---|'];
  for (const field of SCORED_FIELDS) {
    for (const lang of ['km', 'en', 'all'] as const) {
      const c = totals[field][lang];
      if (lang !== 'all' && c.predicted === 0 && c.expected === 0) continue;
      const { precision, recall, f1 } = prf(c);
      rows.push(`| ${field} | ${lang} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${c.predicted} | ${c.expected} |`);
    }
  }
  return rows.join('\n');
}
