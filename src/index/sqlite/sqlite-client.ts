import Database from 'better-sqlite3';
import type { SqlClient, SqlValue } from '../sql-client.js';

const PARAMETER = /\$(\d+)/g;

/**
 * better-sqlite3 behind the shared client. It is synchronous, so a transaction only has to keep
 * other async callers (an HTTP request while an upload imports) from running statements inside it.
 */
export function sqliteClient(db: Database.Database): SqlClient {
  let queue: Promise<unknown> = Promise.resolve();
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const bind = (sql: string, params: readonly SqlValue[]) => {
    const named: Record<string, SqlValue> = {};
    for (const [, n] of sql.matchAll(PARAMETER)) named[n!] = params[Number(n) - 1] ?? null;
    return named;
  };
  const direct: SqlClient = {
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      const statement = prepare(sql);
      return (statement.reader ? statement.all(bind(sql, params)) : (statement.run(bind(sql, params)), [])) as T[];
    },
    async run(sql, params = []) {
      prepare(sql).run(bind(sql, params));
    },
    transaction: (work) => {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      db.close();
    },
  };
  return direct;
}
