import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { describeIndexStore } from '../index-store.conformance.js';
import { openIndex } from '../open-index.js';
import { postgresTestUrl } from './postgres-test-url.js';

const base = postgresTestUrl();
const schemas: string[] = [];

beforeAll(async () => {
  const client = new pg.Client({ connectionString: base });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is unreachable at ${base} (set PRESSPIPE_TEST_POSTGRES_URL): ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await client.end();
});

describeIndexStore('PostgreSQL', () => {
  const schema = `presspipe_test_${process.pid}_${schemas.length}_${Date.now().toString(36)}`;
  schemas.push(schema);
  return openIndex(`${base}?schema=${schema}`);
});
