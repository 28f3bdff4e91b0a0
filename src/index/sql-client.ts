/** A value either driver binds as it is. */
export type SqlValue = string | number | null;

/**
 * The little both index drivers share: statements with `$1`-style parameters, rows as plain
 * objects, and a transaction that holds one connection. SQL that both dialects accept is written
 * once in `sql-index-store.ts`; the rest is in each store's dialect.
 */
export interface SqlClient {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One step of an index schema; applied in order of `version`, each once, recorded in `presspipe_migrations`. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/**
 * Applies the migrations not yet recorded, in one transaction that holds the writers' lock, so two
 * machines opening a new PostgreSQL index at once do not both create it.
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[], lockWrites: (tx: SqlClient) => Promise<void>): Promise<void> {
  await client.transaction(async (tx) => {
    await lockWrites(tx);
    await tx.run('CREATE TABLE IF NOT EXISTS presspipe_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await tx.all<{ version: number }>('SELECT version FROM presspipe_migrations')).map((r) => Number(r.version)));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run('INSERT INTO presspipe_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
  });
}
