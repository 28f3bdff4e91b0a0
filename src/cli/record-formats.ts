/** Output formats of the index commands. */
export type RecordFormat = 'table' | 'json' | 'jsonl' | 'csv';
export const RECORD_FORMATS: readonly RecordFormat[] = ['table', 'json', 'jsonl', 'csv'];

/** One flat row per record, for CSV and the table. */
export type FlatRow = Record<string, string | number | null>;

// Spreadsheets (Excel above all) read a CSV as the local code page unless it starts with a BOM,
// which turns Khmer into mojibake.
const UTF8_BOM = '\uFEFF';

/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(rows: readonly FlatRow[], columns: readonly string[]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${UTF8_BOM}${[columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c] ?? null)).join(','))].join('\r\n')}\r\n`;
}

/** JSON Lines: one record per line. */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** A plain text table for the terminal: columns padded, long cells cut with an ellipsis. */
export function toTable(rows: readonly FlatRow[], columns: readonly string[], maxWidth = 60): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value).replace(/\s+/g, ' ');
    const chars = [...text];
    return chars.length > maxWidth ? `${chars.slice(0, maxWidth - 1).join('')}…` : text;
  };
  const cells = [columns.map(String), ...rows.map((row) => columns.map((c) => cell(row[c] ?? null)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => [...r[i]!].length)));
  return cells.map((r) => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd()).join('\n') + '\n';
}
