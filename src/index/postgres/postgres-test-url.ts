/** The PostgreSQL the `*.postgres.test.ts` files use; each test makes and drops its own schema there. */
export function postgresTestUrl(): string {
  return process.env.PRESSPIPE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}
