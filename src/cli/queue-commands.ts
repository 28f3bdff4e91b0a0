import type { Command } from 'commander';
import { EXTRACT_QUEUE } from '../jobs/queue-names.js';
import type { Io } from './io.js';

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const redisOption = ['--redis <url>', `Redis shared by all machines (env PRESSPIPE_REDIS_URL; default ${DEFAULT_REDIS})`] as const;
const redisUrl = (flag?: string) => flag ?? process.env.PRESSPIPE_REDIS_URL ?? DEFAULT_REDIS;
const queueOption = ['--queue <name>', 'queue name, to keep imports apart', EXTRACT_QUEUE] as const;

/**
 * Adds `enqueue`, `worker` and `status`: bulk imports through BullMQ on any number of machines.
 * BullMQ and ioredis are imported only when one of them runs.
 */
export function addQueueCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('enqueue')
    .description('queue documents for the workers; the same bytes are queued once, so re-running resumes an import')
    .argument('<files...>', 'documents on storage every worker can read')
    .requiredOption('--out <dir>', 'directory the workers write <id>.json into (shared storage)')
    .option(...redisOption)
    .option(...queueOption)
    .action(async (files: string[], flags: { out: string; redis?: string; queue: string }) => {
      const { enqueueCommand } = await import('./queue-run.js');
      setExit(await enqueueCommand(files, { out: flags.out, redisUrl: redisUrl(flags.redis), queue: flags.queue }, io));
    });

  program
    .command('worker')
    .description('extract queued documents on this machine until stopped (Ctrl-C finishes the jobs in hand)')
    .option(...redisOption)
    .option(...queueOption)
    .option('--concurrency <n>', 'documents at once on this machine', '2')
    .option('--ocr <when>', 'auto | always | never', 'auto')
    .option('--tessdata <dir>', 'directory with khm/eng .traineddata (env PRESSPIPE_TESSDATA)')
    .action(async (flags: { redis?: string; queue: string; concurrency: string; ocr: string; tessdata?: string }) => {
      const { workerCommand } = await import('./queue-run.js');
      await workerCommand({ ...flags, redisUrl: redisUrl(flags.redis) }, io);
    });

  program
    .command('status')
    .description('progress of the import: counts, and every failed document with its reason')
    .option(...redisOption)
    .option(...queueOption)
    .option('--json', 'print JSON')
    .action(async (flags: { redis?: string; queue: string; json?: boolean }) => {
      const { statusCommand } = await import('./queue-run.js');
      await statusCommand({ redisUrl: redisUrl(flags.redis), queue: flags.queue, json: flags.json === true }, io);
    });
}
