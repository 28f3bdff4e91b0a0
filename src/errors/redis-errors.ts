import { PresspipeError } from './presspipe-error.js';

/** Redis did not answer within the connect timeout (down, wrong address, wrong password). */
export class RedisUnreachableError extends PresspipeError {
  override readonly name = 'RedisUnreachableError';
  readonly code = 'REDIS_UNREACHABLE';
  readonly permanent = false;
  constructor(url: string, detail: string) {
    super(`cannot reach Redis at ${redactedUrl(url)}: ${detail}`, 'check --redis / PRESSPIPE_REDIS_URL, the password and that Redis is running');
  }
}

/** A queue name nothing was ever queued under (most likely mistyped): a usage mistake, told with the names there are. */
export class UnknownQueueError extends PresspipeError {
  override readonly name = 'UnknownQueueError';
  readonly code = 'UNKNOWN_QUEUE';
  readonly permanent = true;
  constructor(queue: string, known: readonly string[]) {
    super(
      `no queue named ${queue} in this Redis (${known.length === 0 ? 'it holds no queue' : `queues there: ${known.join(', ')}`})`,
      'check --queue; `presspipe import --redis` creates the queue',
    );
  }
}

/** A Redis URL with its password replaced, fit for messages and logs. */
export function redactedUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}
