import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRedis, TEST_REDIS_URL } from '../../test/test-redis.js';
import { RunOptionsSchema } from '../config/run-options.js';
import type { IndexStore } from '../index/index-store.js';
import { openIndex } from '../index/open-index.js';
import { startExtractWorker, type RunningWorker } from '../queue/extract-worker.js';
import { openQueueRunner } from '../queue/queue-runner.js';
import { openRedis } from '../queue/redis-connection.js';
import type { JobRunner } from '../runners/job-runner.js';
import { createApiServer } from './api-server.js';
import { queuedUpload } from './queued-upload.js';

const TOKEN = 'a-token-of-sixteen-chars';

describe('POST /releases with a queue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'presspipe-queued-upload-'));
  const queue = `presspipe-upload-test-${process.pid}-${Date.now()}`;
  const inputRoot = join(dir, 'incoming');
  const out = join(dir, 'out');
  const errors: string[] = [];
  let store: IndexStore;
  let worker: RunningWorker;
  let runner: JobRunner;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    await requireRedis();
    const onError = (message: string) => errors.push(message);
    const options = RunOptionsSchema.parse({ pipeline: { ocr: 'never' }, out, concurrency: 1, inputRoots: [inputRoot], queue, documentTimeoutMs: 60_000 });
    worker = await startExtractWorker({ ...options, redisUrl: TEST_REDIS_URL }, { onError });
    runner = await openQueueRunner({ redisUrl: TEST_REDIS_URL, queue, onError });
    store = await openIndex(join(dir, 'index.sqlite'));
    server = createApiServer({
      store,
      version: '0.0.0-test',
      webDir: new URL('../../web', import.meta.url).pathname,
      token: TOKEN,
      maxUploadBytes: 1 << 20,
      upload: queuedUpload({ runner, inputRoot, out, store, onError }),
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    server?.close();
    await runner?.close();
    await worker?.close();
    await store?.close();
    const connection = openRedis(TEST_REDIS_URL, () => undefined);
    await new Queue(queue, { connection }).obliterate({ force: true });
    await connection.quit();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the upload under the input root, answers 202 with the job id, and indexes the release when a worker has done it', async () => {
    const bytes = readFileSync(new URL('../../fixtures/bilingual-seed.txt', import.meta.url));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const response = await fetch(`${base}/releases?filename=bilingual-seed.txt`, { method: 'POST', body: bytes, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: 'queued', jobId: sha256 });
    expect(readFileSync(join(inputRoot, 'uploads', sha256, 'bilingual-seed.txt'))).toEqual(bytes);
    const connection = openRedis(TEST_REDIS_URL, () => undefined);
    const job = await new Queue(queue, { connection }).getJob(sha256);
    await connection.quit();
    expect(job?.data).toEqual({ sha256, path: `uploads/${sha256}/bilingual-seed.txt` });

    let hits = 0;
    for (let waited = 0; hits === 0 && waited < 60_000; waited += 250) {
      hits = (await (await fetch(`${base}/quotes?speaker=Beresford`)).json()).total;
      if (hits === 0) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(hits).toBe(2);
    const source = await fetch(`${base}/releases/${sha256}/source`);
    expect(Buffer.from(await source.arrayBuffer())).toEqual(bytes);
    expect(errors).toEqual([]);
  }, 90_000);
});
