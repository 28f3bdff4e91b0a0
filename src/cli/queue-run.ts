import { Queue } from 'bullmq';
import { parseRunOptions, type RunFlags } from '../config/run-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { redactedUrl, UnknownQueueError } from '../errors/redis-errors.js';
import { assertQueueExists, queueStatus, retryFailed } from '../queue/queue-status.js';
import { openRedis, probeRedis } from '../queue/redis-connection.js';
import { startExtractWorker } from '../queue/extract-worker.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import type { QueueFlags } from './queue-commands.js';
import { onStopSignals } from './stop-signals.js';

/** `worker`: extracts queued documents until SIGINT or SIGTERM; resolves to the exit code. */
export async function workerCommand(flags: RunFlags, io: Io): Promise<number> {
  const parsed = parseRunOptions(flags, process.env);
  if (!parsed.ok) return usage(io, 'worker', parsed.reason);
  const options = parsed.options;
  const redisUrl = options.redisUrl ?? DEFAULT_REDIS;
  const warning = await reach(io, 'worker', redisUrl);
  if (warning === false) return EXIT.unavailable;
  const running = await startExtractWorker({ ...options, redisUrl }, { onError: (m) => io.stderr(`presspipe worker: ${m}\n`) });
  running.worker.on('completed', (job) => io.stderr(`${String((job.data as { path?: unknown }).path)}: ${job.returnvalue.status} → ${job.returnvalue.output}\n`));
  running.worker.on('failed', (job, error) => io.stderr(`${String((job?.data as { path?: unknown } | undefined)?.path ?? job?.id)}: ${error.message}\n`));
  io.stderr(`worker ${running.worker.name} on ${options.queue} at ${redactedUrl(redisUrl)} (concurrency ${options.concurrency}, input roots ${options.inputRoots.join(', ')})\n`);
  await new Promise<void>((stopped) => {
    const remove = onStopSignals(
      () => {
        io.stderr('stopping: finishing the jobs in hand (again to hand them back and quit at once)\n');
        void running.close().then(() => {
          remove();
          stopped();
        });
      },
      () => {
        void running.abort().finally(() => process.exit(EXIT.interrupted));
      },
    );
  });
  return EXIT.ok;
}

/** `status`: counts, files in hand, rate, ETA, stalled jobs and every failure. */
export async function statusCommand(flags: QueueFlags, io: Io): Promise<number> {
  return withQueue(io, 'status', flags, async (queue, connection) => {
    const status = await queueStatus(queue, connection);
    if (flags.json) {
      io.stdout(`${JSON.stringify(status, null, 2)}\n`);
      return EXIT.ok;
    }
    const c = status.counts;
    const eta = status.etaSeconds === null ? 'unknown' : `${Math.round(status.etaSeconds / 60)} min`;
    io.stdout(`waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed}, completed ${c.completed}, failed ${c.failed}; ${status.ratePerMinute.toFixed(1)} files/min over 10 min, ETA ${eta}\n`);
    for (const a of status.active) {
      io.stdout(`${a.stalled ? 'stalled' : 'active'}: ${a.path} on ${a.worker}, ${Math.round(a.runningMs / 1000)} s\n`);
    }
    for (const f of status.failures) io.stdout(`failed: ${f.path}: ${f.code}: ${f.message}; ${f.hint}${f.permanent ? '' : ' (retryable)'}\n`);
    return EXIT.ok;
  });
}

/** `retry`: puts failed jobs back (all, or those with `--code`). */
export async function retryCommand(flags: QueueFlags, io: Io): Promise<number> {
  return withQueue(io, 'retry', flags, async (queue) => {
    const count = await retryFailed(queue, flags.code);
    io.stdout(`retrying ${count} failed document${count === 1 ? '' : 's'}${flags.code ? ` with code ${flags.code}` : ''}\n`);
    return EXIT.ok;
  });
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

function usage(io: Io, command: string, reason: string): number {
  io.stderr(`presspipe ${command}: bad option: ${reason}\n`);
  return EXIT.usage;
}

/** Checks Redis once; false (after one line) when it cannot be reached. */
async function reach(io: Io, command: string, url: string): Promise<boolean> {
  try {
    const { warning } = await probeRedis(url);
    if (warning) io.stderr(`presspipe ${command}: warning: ${warning}\n`);
    return true;
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    io.stderr(`presspipe ${command}: ${error.code}: ${error.message}; ${error.hint}\n`);
    return false;
  }
}

async function withQueue(
  io: Io,
  command: string,
  flags: QueueFlags,
  use: (queue: Queue, connection: ReturnType<typeof openRedis>) => Promise<number>,
): Promise<number> {
  const parsed = parseRunOptions({ out: '.', redis: flags.redis, queue: flags.queue }, process.env);
  if (!parsed.ok) return usage(io, command, parsed.reason);
  const url = parsed.options.redisUrl ?? DEFAULT_REDIS;
  if (!(await reach(io, command, url))) return EXIT.unavailable;
  const connection = openRedis(url, (m) => io.stderr(`presspipe ${command}: redis: ${m}\n`));
  try {
    await assertQueueExists(connection, parsed.options.queue);
    const queue = new Queue(parsed.options.queue, { connection });
    try {
      return await use(queue, connection);
    } finally {
      await queue.close();
    }
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    io.stderr(`presspipe ${command}: ${error.code}: ${error.message}; ${error.hint}\n`);
    // A queue name is typed like any other argument: a wrong one is a usage mistake.
    return error instanceof UnknownQueueError ? EXIT.usage : EXIT.badInput;
  } finally {
    await connection.quit().catch(() => undefined);
  }
}
