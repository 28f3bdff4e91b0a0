import { probeRedis } from '../src/queue/redis-connection.js';

/** The Redis queue tests run against. */
export const TEST_REDIS_URL = process.env.PRESSPIPE_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails a queue test with a clear reason when no Redis answers, instead of timing out. */
export async function requireRedis(): Promise<void> {
  try {
    await probeRedis(TEST_REDIS_URL);
  } catch (error) {
    throw new Error(
      `queue tests need Redis at ${TEST_REDIS_URL} and it is unreachable (set PRESSPIPE_REDIS_URL, or start one: redis-server --daemonize yes): ${(error as Error).message}`,
    );
  }
}
