import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import type { ExtractJob } from '../src/jobs/extract-job.js';
import { enqueueDocuments } from './enqueue-documents.js';
import { type RunningWorker, startExtractWorker } from './extract-worker.js';
import { queueStatus } from './queue-status.js';

const REDIS_URL = process.env.PRESSPIPE_REDIS_URL ?? 'redis://127.0.0.1:6379';
const queueName = `presspipe-test-${process.pid}-${Date.now()}`;
const dir = mkdtempSync(join(tmpdir(), 'presspipe-queue-'));
const outDir = join(dir, 'out');

let queue: Queue;
let events: QueueEvents;
const connections: Redis[] = [];
const connect = () => {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  connections.push(connection);
  return connection;
};
let worker: RunningWorker;

const job = (name: string, content: string | Uint8Array): ExtractJob => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, outDir, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
};

beforeAll(async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new Error(
      `queue tests need Redis at ${REDIS_URL} (set PRESSPIPE_REDIS_URL, or start one: redis-server --daemonize yes --port 6379): ${error}`,
    );
  } finally {
    probe.disconnect();
  }
  queue = new Queue(queueName, { connection: connect() });
  events = new QueueEvents(queueName, { connection: connect() });
  await events.waitUntilReady();
  worker = await startExtractWorker({ redisUrl: REDIS_URL, queue: queueName, concurrency: 2, name: 'machine-a' }, PipelineOptionsSchema.parse({}));
});

afterAll(async () => {
  await worker?.close();
  await events?.close();
  await queue?.obliterate({ force: true });
  await queue?.close();
  await Promise.all(connections.map((c) => c.quit()));
});

describe('extraction through BullMQ on a real Redis', () => {
  it('extracts good documents, fails a bad one for good with its code, and queues the same bytes once', async () => {
    const good = job('release.txt', 'Phnom Penh, 04 March 2019 – “We will do it,” said Minister Sok Chan.\n');
    const copy = { ...job('copy-of-release.txt', readFileSync(good.path)) };
    const bad = job('latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9]));

    const outcomes = await enqueueDocuments(queue, [good, bad, copy]);
    expect(outcomes.map((o) => o.added)).toEqual([true, true, false]);

    const goodResult = await queue.getJob(good.sha256).then((j) => j!.waitUntilFinished(events, 60_000));
    await expect(queue.getJob(bad.sha256).then((j) => j!.waitUntilFinished(events, 60_000))).rejects.toThrow(
      /UNREADABLE_ENCODING/,
    );

    expect(goodResult.output).toBe(join(outDir, `${good.sha256}.json`));
    const release = JSON.parse(readFileSync(goodResult.output, 'utf8'));
    expect(release.date).toBe('2019-03-04');
    expect(existsSync(join(outDir, `${bad.sha256}.json`))).toBe(false);

    const status = await queueStatus(queue);
    expect(status.counts).toMatchObject({ completed: 1, failed: 1, waiting: 0, active: 0 });
    expect(status.failures).toEqual([
      expect.objectContaining({ path: bad.path, attempts: 1, reason: expect.stringContaining('re-save the file as UTF-8') }),
    ]);

    const again = await enqueueDocuments(queue, [good]);
    expect(again[0]!.added).toBe(false);
  });
});

describe('two workers on one queue, as on two machines', () => {
  it('share the documents, and each is extracted exactly once', async () => {
    const second = await startExtractWorker({ redisUrl: REDIS_URL, queue: queueName, concurrency: 2, name: 'machine-b' }, PipelineOptionsSchema.parse({}));
    try {
      const jobs = Array.from({ length: 8 }, (_, i) => job(`batch-${i}.txt`, `Siem Reap, ${i + 1} May 2020 – Release number ${i}.\n`));
      await enqueueDocuments(queue, jobs);
      const finished = await Promise.all(jobs.map((j) => queue.getJob(j.sha256).then((q) => q!.waitUntilFinished(events, 60_000))));
      expect(finished.map((r) => r.output)).toEqual(jobs.map((j) => join(outDir, `${j.sha256}.json`)));
      const done = await Promise.all(jobs.map((j) => queue.getJob(j.sha256)));
      expect(done.every((d) => d!.attemptsMade === 1)).toBe(true);
      expect(new Set(done.map((d) => d!.processedBy))).toEqual(new Set(['machine-a', 'machine-b']));
    } finally {
      await second.close();
    }
  });
});
