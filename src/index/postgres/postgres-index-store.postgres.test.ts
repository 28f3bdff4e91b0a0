import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeIndexStore } from '../index-store.conformance.js';
import { openIndex } from '../open-index.js';
import { dropPostgresSchemas, postgresTestUrl } from './postgres-test-url.js';

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

afterAll(() => dropPostgresSchemas(schemas));

describeIndexStore('PostgreSQL', () => {
  const schema = `presspipe_test_${process.pid}_${schemas.length}_${Date.now().toString(36)}`;
  schemas.push(schema);
  return openIndex(`${base}?schema=${schema}`);
});

describe('PostgreSQL migrations', () => {
  it('are applied once when two machines open a new index at the same moment', async () => {
    const schema = `presspipe_test_${process.pid}_race_${Date.now().toString(36)}`;
    schemas.push(schema);
    const stores = await Promise.all([openIndex(`${base}?schema=${schema}`), openIndex(`${base}?schema=${schema}`)]);
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM ${pg.escapeIdentifier(schema)}.presspipe_migrations`);
    await client.end();
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });
});
