import pg from 'pg';
import type { SqlClient, SqlValue } from '../sql-client.js';

/** A pg pool behind the shared client; a transaction takes one connection for its whole length. */
export function postgresClient(pool: pg.Pool): SqlClient {
  const on = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await runner.query(sql, params as SqlValue[])).rows as T[];
    },
    async run(sql, params = []) {
      await runner.query(sql, params as SqlValue[]);
    },
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(on(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK');
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  });
  return on(pool);
}
