import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import type { ExtractJob } from '../jobs/extract-job.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { enqueueDocuments } from '../../workers/enqueue-documents.js';
import { startExtractWorker } from '../../workers/extract-worker.js';
import { queueStatus } from '../../workers/queue-status.js';

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

/** `enqueue`: hashes each file and queues it once; resolves to the exit code. */
export async function enqueueCommand(files: string[], flags: { out: string; redisUrl: string; queue: string }, io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  await withQueue(flags.redisUrl, flags.queue, async (queue) => {
    const jobs: ExtractJob[] = [];
    for (const file of files) {
      const path = resolve(file);
      const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
        io.stderr(`${file}: FILE_UNREADABLE: cannot read it (${e.code}); check the path\n`);
        exitCode = EXIT.badInput;
        return undefined;
      });
      if (bytes) jobs.push({ path, outDir: resolve(flags.out), sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    const outcomes = await enqueueDocuments(queue, jobs);
    const added = outcomes.filter((o) => o.added).length;
    io.stdout(`queued ${added}, already queued ${outcomes.length - added}\n`);
  });
  return exitCode;
}

/** `worker`: extracts queued documents until SIGINT or SIGTERM. */
export async function workerCommand(
  flags: { redisUrl: string; queue: string; concurrency: string; ocr: string; tessdata?: string },
  io: Io,
): Promise<void> {
  const options = PipelineOptionsSchema.parse({ ocr: flags.ocr, tessdataDir: flags.tessdata ?? process.env.PRESSPIPE_TESSDATA });
  const running = await startExtractWorker({ redisUrl: flags.redisUrl, queue: flags.queue, concurrency: Number(flags.concurrency) }, options);
  running.worker.on('completed', (job) => io.stderr(`${job.data.path}: done → ${job.returnvalue.output}\n`));
  running.worker.on('failed', (job, error) => io.stderr(`${job?.data.path ?? job?.id}: ${error.message}\n`));
  io.stderr(`worker started on ${flags.queue} (concurrency ${flags.concurrency})\n`);
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  await running.close();
}

/** `status`: counts, and every failed document with its reason. */
export async function statusCommand(flags: { redisUrl: string; queue: string; json: boolean }, io: Io): Promise<void> {
  await withQueue(flags.redisUrl, flags.queue, async (queue) => {
    const status = await queueStatus(queue);
    if (flags.json) {
      io.stdout(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    const c = status.counts;
    io.stdout(`waiting ${c.waiting}, active ${c.active}, delayed ${c.delayed}, completed ${c.completed}, failed ${c.failed}\n`);
    for (const f of status.failures) io.stdout(`failed: ${f.path}: ${f.reason}\n`);
  });
}
