import type { EvalInput } from './eval-documents.js';
import { type EvalTotals, prf, totalScores } from './eval-report.js';
import type { ScoredDocument } from './evaluate-documents.js';
import { type Counts, SCORED_FIELDS } from './score-release.js';

/** The corpus halves a report shows, and both together. */
export const REPORT_GROUPS = ['dev', 'heldOut', 'all'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** How a group is named in tables. */
export const GROUP_LABELS: Record<ReportGroup, string> = { dev: 'dev', heldOut: 'held-out', all: 'all' };

const INPUT_LABELS: Record<EvalInput, string> = { text: 'text', pdf: 'PDF', scan: 'scan', original: 'original PDF' };

/** One column of a report table: the summed scores of a set of documents. */
export interface ReportColumn {
  label: string;
  documents: number;
  pages: number;
  seconds: number;
  totals: EvalTotals;
  /** The column of the same documents read as text, when this one read them another way. */
  sameAsText?: ReportColumn;
}

const LANGS = ['km', 'en', 'all'] as const;

/** The corpus documents of a group, for one input path. */
export function groupDocuments(scored: ScoredDocument[], group: ReportGroup, input: EvalInput): ScoredDocument[] {
  return scored.filter((s) => s.document.corpus?.input === input && (group === 'all' || s.document.corpus.half === group));
}

/** Sums scored documents into a column. */
export function reportColumn(label: string, scored: ScoredDocument[]): ReportColumn {
  return {
    label,
    documents: scored.length,
    pages: scored.reduce((n, s) => n + s.pages, 0),
    seconds: scored.reduce((n, s) => n + s.seconds, 0),
    totals: totalScores(scored.map((s) => s.score)),
  };
}

/** One input path of the corpus, dev / held-out / all side by side. */
export function splitColumns(scored: ScoredDocument[], input: EvalInput): ReportColumn[] {
  return REPORT_GROUPS.map((group) => {
    const docs = groupDocuments(scored, group, input);
    return reportColumn(`${GROUP_LABELS[group]} (${docs.length})`, docs);
  });
}

/**
 * One group of the corpus, every input path side by side, each compared with the text of the
 * same documents. The original PDFs exist for a few documents only, so their column comes after
 * the text of those documents.
 */
export function inputColumns(scored: ScoredDocument[], group: ReportGroup, inputs: readonly EvalInput[]): ReportColumn[] {
  const columns: ReportColumn[] = [];
  const text = groupDocuments(scored, group, 'text');
  const textColumn = inputs.includes('text') && text.length > 0 ? reportColumn(`text (${text.length})`, text) : undefined;
  for (const input of inputs) {
    const docs = groupDocuments(scored, group, input);
    if (docs.length === 0) continue;
    if (input === 'text') {
      columns.push(textColumn!);
      continue;
    }
    let sameAsText: ReportColumn | undefined;
    if (textColumn !== undefined) {
      const stems = new Set(docs.map((s) => s.document.corpus?.stem));
      const sameText = text.filter((s) => stems.has(s.document.corpus?.stem));
      if (sameText.length === text.length) {
        sameAsText = textColumn;
      } else {
        sameAsText = reportColumn(`text of those (${sameText.length})`, sameText);
        columns.push(sameAsText);
      }
    }
    columns.push({ ...reportColumn(`${INPUT_LABELS[input]} (${docs.length})`, docs), sameAsText });
  }
  return columns;
}

/**
 * A Markdown table: one row per field and language (a language only where some column has
 * something in it), the columns side by side. `detail` adds precision, recall and the number of
 * truths beside each F1; a column read from another input than text gets a Δ F1 column against
 * the same documents as text.
 */
export function formatColumns(title: string, columns: ReportColumn[], { detail = false } = {}): string {
  const compared = columns.filter((c) => c.sameAsText !== undefined);
  const heads = columns.flatMap((c) => (detail ? [`${c.label} P`, 'R', 'F1', 'n'] : [c.label]));
  heads.push(...compared.map((c) => `Δ ${c.label.replace(/ \(\d+\)$/, '')}`));
  const rows = [`### ${title}`, '', `| field | lang | ${heads.join(' | ')} |`, `|---|---|${heads.map(() => '---|').join('')}`];
  for (const field of SCORED_FIELDS) {
    for (const lang of LANGS) {
      const counts = columns.map((c) => c.totals[field][lang]);
      if (lang !== 'all' && counts.every(isEmpty)) continue;
      const cells = counts.flatMap((c) => {
        const { precision, recall, f1 } = prf(c);
        return detail ? [precision, recall, f1].map((v) => v.toFixed(3)).concat(String(c.expected)) : [f1.toFixed(3)];
      });
      cells.push(...compared.map((c) => signed(prf(c.totals[field][lang]).f1 - prf(c.sameAsText!.totals[field][lang]).f1)));
      rows.push(`| ${field} | ${lang} | ${cells.join(' | ')} |`);
    }
  }
  return rows.join('\n');
}

function isEmpty(c: Counts): boolean {
  return c.predicted === 0 && c.expected === 0;
}

function signed(v: number): string {
  const fixed = v.toFixed(3);
  return v > 0 && fixed !== '0.000' ? `+${fixed}` : fixed.replace(/^-(0\.000)$/, '$1');
}

/**
 * One line per document with its score. Held-out documents are left out unless asked for: rules
 * are judged on them, so nobody should look at them one by one.
 */
export function documentLines(scored: ScoredDocument[], showHeldOut: boolean): string[] {
  const shown = scored.filter((s) => showHeldOut || s.document.corpus?.half !== 'heldOut');
  const lines = shown.map((s) => `${s.document.name}: ${JSON.stringify(s.score)}`);
  const hidden = scored.length - shown.length;
  if (hidden > 0) lines.push(`(${hidden} held-out documents not shown; --show-held-out shows them)`);
  return lines;
}

/** A column's figures for the JSON report: per field and language, the counts with P, R and F1. */
export function columnSummary(column: ReportColumn) {
  const fields = Object.fromEntries(
    SCORED_FIELDS.map((field) => [
      field,
      Object.fromEntries(LANGS.map((lang) => [lang, { ...column.totals[field][lang], ...prf(column.totals[field][lang]) }])),
    ]),
  );
  return { documents: column.documents, pages: column.pages, seconds: Math.round(column.seconds * 10) / 10, fields };
}

/** The corpus figures for the JSON report, `[group][input]`. */
export function corpusSummary(scored: ScoredDocument[], inputs: readonly EvalInput[]) {
  return Object.fromEntries(
    REPORT_GROUPS.map((group) => [
      group,
      Object.fromEntries(inputs.map((input) => [input, columnSummary(reportColumn(input, groupDocuments(scored, group, input)))])),
    ]),
  );
}
