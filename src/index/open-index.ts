import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { IndexUnavailableError } from '../errors/index-errors.js';
import type { IndexStore } from './index-store.js';
import { migrate } from './sql-client.js';
import { SqlIndexStore } from './sql-index-store.js';

/** True for `postgres://…` and `postgresql://…` locations; anything else is a SQLite file path. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Opens (and migrates) the index at `location`: a SQLite file, created with its folder when
 * missing, or a PostgreSQL URL. `?schema=<name>` on the URL keeps the index in that schema
 * (created when missing; default `presspipe`), so one database can hold several indexes.
 * The driver is imported here, so commands that never touch an index never load it.
 */
export async function openIndex(location: string): Promise<IndexStore> {
  try {
    return isPostgresLocation(location) ? await openPostgres(location) : await openSqlite(location);
  } catch (error) {
    throw new IndexUnavailableError(redacted(location), error);
  }
}

async function openSqlite(file: string): Promise<IndexStore> {
  const [{ default: Database }, { sqliteClient }, { SQLITE_DIALECT }, { trigramCoverage }] = await Promise.all([
    import('better-sqlite3'),
    import('./sqlite/sqlite-client.js'),
    import('./sqlite/sqlite-dialect.js'),
    import('./search-key.js'),
  ]);
  if (file !== ':memory:') await mkdir(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.function('trigram_coverage', { deterministic: true }, (query, body) => trigramCoverage(String(query), String(body)));
  const client = sqliteClient(db);
  await migrate(client, SQLITE_DIALECT.migrations, SQLITE_DIALECT.lockWrites);
  return new SqlIndexStore(client, SQLITE_DIALECT);
}

async function openPostgres(location: string): Promise<IndexStore> {
  const [{ default: pg }, { postgresClient }, { POSTGRES_DIALECT }] = await Promise.all([
    import('pg'),
    import('./postgres/postgres-client.js'),
    import('./postgres/postgres-dialect.js'),
  ]);
  const url = new URL(location);
  const schema = url.searchParams.get('schema') ?? 'presspipe';
  url.searchParams.delete('schema');
  const pool = new pg.Pool({ connectionString: url.toString(), options: `-c search_path=${schema},public`, max: 8 });
  try {
    const client = postgresClient(pool);
    // CREATE SCHEMA IF NOT EXISTS is not safe against a second machine doing the same at once.
    await client.transaction(async (tx) => {
      await POSTGRES_DIALECT.lockWrites(tx);
      await tx.run(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
    });
    await migrate(client, POSTGRES_DIALECT.migrations, POSTGRES_DIALECT.lockWrites);
    return new SqlIndexStore(client, POSTGRES_DIALECT);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

function redacted(location: string): string {
  return isPostgresLocation(location) ? location.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : location;
}
