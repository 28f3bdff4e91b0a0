import { Redis, type RedisOptions } from 'ioredis';
import { RedisUnreachableError } from '../errors/redis-errors.js';

// Long enough for a Redis across a WAN, short enough that a wrong address fails while the user waits.
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Opens a connection for BullMQ. BullMQ needs `maxRetriesPerRequest: null` (its blocking calls must
 * outlive reconnects); `onError` hears each connection error once as a line, not a stack.
 */
export function openRedis(url: string, onError: (message: string) => void): Redis {
  const connection = new Redis(url, { maxRetriesPerRequest: null, connectTimeout: CONNECT_TIMEOUT_MS, enableOfflineQueue: true });
  let last = '';
  connection.on('error', (error: Error) => {
    // ioredis repeats the same error on every reconnect attempt; one line per change is enough.
    if (error.message !== last) onError(error.message);
    last = error.message;
  });
  connection.on('ready', () => {
    last = '';
  });
  return connection;
}

/**
 * Checks that Redis answers, once, without retrying: commands fail fast with
 * `RedisUnreachableError` instead of hanging. Resolves to a warning when Redis may evict keys
 * (a queue whose jobs can vanish loses documents silently).
 */
export async function probeRedis(url: string): Promise<{ warning?: string }> {
  const options: RedisOptions = { lazyConnect: true, connectTimeout: CONNECT_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null };
  const probe = new Redis(url, options);
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    probe.disconnect();
    throw new RedisUnreachableError(url, error instanceof Error ? error.message : String(error));
  }
  try {
    const [, policy] = (await probe.config('GET', 'maxmemory-policy')) as string[];
    if (policy !== undefined && policy !== 'noeviction') {
      return { warning: `Redis maxmemory-policy is ${policy}: it may evict queued jobs; set it to noeviction` };
    }
    return {};
  } catch {
    // CONFIG is often disabled for clients (managed Redis, ACLs); the check is advice only.
    return {};
  } finally {
    probe.disconnect();
  }
}
