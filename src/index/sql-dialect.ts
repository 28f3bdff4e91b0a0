import type { Migration, SqlClient, SqlValue } from './sql-client.js';

/** Binds values as they are added and hands back their `$n` placeholders. */
export class SqlParams {
  readonly values: SqlValue[] = [];
  add(value: SqlValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** What the two SQL stores write differently: schema, full-text conditions and write locking. */
export interface SqlDialect {
  readonly kind: 'sqlite' | 'postgres';
  readonly migrations: readonly Migration[];
  /** A query of the ids of quotes holding every word (stemmed), served by the word index. */
  wordIds(words: string[], params: SqlParams): string;
  /** True when quote `q` holds every word (stemmed), for a row already in hand. */
  wordsMatch(words: string[], params: SqlParams): string;
  /** A query of the ids of quotes holding at least one trigram of every group, served by the trigram index. */
  trigramGroupIds(groups: string[][], params: SqlParams): string;
  /** True when `q.search_key` contains the key exactly. */
  containsKey(keyParam: string): string;
  /** Share of the key's trigrams (`grams`, as `trigrams(key)` gives them) in `q.search_key`. */
  trigramCoverage(keyParam: string, grams: string[], params: SqlParams): string;
  /** Serializes writers, so two importers never resolve the same new person twice. */
  lockWrites(tx: SqlClient): Promise<void>;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
