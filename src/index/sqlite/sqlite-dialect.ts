import type { SqlDialect } from '../sql-dialect.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';

const ftsString = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** SQLite: FTS5 trigram and porter tables; coverage is a JS function registered on the connection. */
export const SQLITE_DIALECT: SqlDialect = {
  kind: 'sqlite',
  migrations: SQLITE_MIGRATIONS,
  wordIds: (words, params) => `SELECT rowid FROM quote_words WHERE quote_words MATCH ${params.add(words.map(ftsString).join(' '))}`,
  // SQLite runs an uncorrelated IN subquery once per statement and keeps its ids.
  wordsMatch: (words, params) => `q.id IN (${SQLITE_DIALECT.wordIds(words, params)})`,
  trigramGroupIds: (groups, params) =>
    `SELECT rowid FROM quote_trigrams WHERE quote_trigrams MATCH ${params.add(groups.map((grams) => `(${grams.map(ftsString).join(' OR ')})`).join(' AND '))}`,
  containsKey: (key) => `instr(q.search_key, ${key}) > 0`,
  trigramCoverage: (key) => `trigram_coverage(${key}, q.search_key)`,
  // BEGIN IMMEDIATE in the client already takes SQLite's single write lock.
  lockWrites: async () => undefined,
};
