import pg from 'pg';

/** The PostgreSQL the `*.postgres.test.ts` files use; each test makes and drops its own schema there. */
export function postgresTestUrl(): string {
  return process.env.PRESSPIPE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

/** Drops the schemas a test or bench made; does nothing when the server cannot be reached (that failure is reported where it was used). */
export async function dropPostgresSchemas(schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: postgresTestUrl() });
  try {
    await client.connect();
  } catch {
    return;
  }
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
