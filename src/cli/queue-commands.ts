import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Command } from 'commander';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { EXTRACT_QUEUE, type ExtractJob } from '../jobs/extract-job.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { enqueueDocuments } from '../../workers/enqueue-documents.js';
import { startExtractWorker } from '../../workers/extract-worker.js';
import { queueStatus } from '../../workers/queue-status.js';


const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const redisOption = ['--redis <url>', `Redis shared by all machines (env PRESSPIPE_REDIS_URL; default ${DEFAULT_REDIS})`] as const;
const redisUrl = (flag?: string) => flag ?? process.env.PRESSPIPE_REDIS_URL ?? DEFAULT_REDIS;
const queueOption = ['--queue <name>', 'queue name, to keep imports apart', EXTRACT_QUEUE] as const;

/** Runs `use` with a queue on its own connection, and closes both. */
async function withQueue<T>(url: string, name: string, use: (queue: Queue) => Promise<T>): Promise<T> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection });
  try {
    return await use(queue);
  } finally {
    await queue.close();
    await connection.quit();
  }
}

/** Adds `enqueue`, `worker` and `status`: bulk imports through BullMQ on any number of machines. */
export function addQueueCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('enqueue')
    .description('queue documents for the workers; the same bytes are queued once, so re-running resumes an import')
    .argument('<files...>', 'documents on storage every worker can read')
    .requiredOption('--out <dir>', 'directory the workers write <id>.json into (shared storage)')
    .option(...redisOption)
    .option(...queueOption)
    .action(async (files: string[], flags: { out: string; redis?: string; queue: string }) => {
      await withQueue(redisUrl(flags.redis), flags.queue, async (queue) => {
        const jobs: ExtractJob[] = [];
        for (const file of files) {
          const path = resolve(file);
          const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
            io.stderr(`${file}: FILE_UNREADABLE: cannot read it (${e.code}); check the path\n`);
            setExit(EXIT.badInput);
            return undefined;
          });
          if (bytes) jobs.push({ path, outDir: resolve(flags.out), sha256: createHash('sha256').update(bytes).digest('hex') });
        }
        const outcomes = await enqueueDocuments(queue, jobs);
        const added = outcomes.filter((o) => o.added).length;
        io.stdout(`queued ${added}, already queued ${outcomes.length - added}\n`);
      });
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
      const options = PipelineOptionsSchema.parse({ ocr: flags.ocr, tessdataDir: flags.tessdata ?? process.env.PRESSPIPE_TESSDATA });
      const running = await startExtractWorker(
        { redisUrl: redisUrl(flags.redis), queue: flags.queue, concurrency: Number(flags.concurrency) },
        options,
      );
      running.worker.on('completed', (job) => io.stderr(`${job.data.path}: done → ${job.returnvalue.output}\n`));
      running.worker.on('failed', (job, error) => io.stderr(`${job?.data.path ?? job?.id}: ${error.message}\n`));
      io.stderr(`worker started on ${flags.queue} (concurrency ${flags.concurrency})\n`);
      await new Promise<void>((done) => {
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
      });
      await running.close();
    });

  program
    .command('status')
    .description('progress of the import: counts, and every failed document with its reason')
    .option(...redisOption)
    .option(...queueOption)
    .option('--json', 'print JSON')
    .action(async (flags: { redis?: string; queue: string; json?: boolean }) => {
      await withQueue(redisUrl(flags.redis), flags.queue, async (queue) => {
        const status = await queueStatus(queue);
        if (flags.json) {
          io.stdout(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        const c = status.counts;
        io.stdout(`waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed}, completed ${c.completed}, failed ${c.failed}\n`);
        for (const f of status.failures) io.stdout(`failed: ${f.path}: ${f.reason}\n`);
      });
    });
}
