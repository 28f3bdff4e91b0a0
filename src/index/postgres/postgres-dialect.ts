import { likeLiteral, type SqlDialect } from '../sql-dialect.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';

// Any fixed number: every presspipe writer of one index takes the same advisory lock.
const WRITE_LOCK = 7_312_025;

/** PostgreSQL: pg_trgm GIN index for substrings, an English tsvector for stemmed words. */
export const POSTGRES_DIALECT: SqlDialect = {
  kind: 'postgres',
  migrations: POSTGRES_MIGRATIONS,
  wordIds: (words, params) => `SELECT id FROM quotes WHERE words @@ plainto_tsquery('english', ${params.add(words.join(' '))})`,
  wordsMatch: (words, params) => `q.words @@ plainto_tsquery('english', ${params.add(words.join(' '))})`,
  trigramGroupIds: (groups, params) =>
    `SELECT id FROM quotes WHERE ${groups
      .map((grams) => `(${grams.map((g) => `search_key LIKE ${params.add(`%${likeLiteral(g)}%`)} ESCAPE '\\'`).join(' OR ')})`)
      .join(' AND ')}`,
  containsKey: (key) => `strpos(q.search_key, ${key}) > 0`,
  // The trigrams come split by trigrams() (as SQLite's function splits them), so the stores measure alike.
  trigramCoverage: (_key, grams, params) =>
    `((SELECT count(*) FROM jsonb_array_elements_text(${params.add(JSON.stringify(grams))}::jsonb) AS g(gram) WHERE strpos(q.search_key, g.gram) > 0)::float8 / ${grams.length})`,
  lockWrites: (tx) => tx.run(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`),
};
