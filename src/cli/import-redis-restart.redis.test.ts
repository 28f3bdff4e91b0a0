import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { openRedis, probeRedis } from '../queue/redis-connection.js';
import { EXIT } from './exit-codes.js';
import { main } from './main.js';

// This test kills Redis, so it runs its own on a free port, never the shared one other runs use.
const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedisServer) console.warn('skipped: the Redis restart test needs `redis-server` on the PATH (apt-get install redis-server)');

const bin = join(import.meta.dirname, '../../bin/presspipe.js');
const dir = mkdtempSync(join(tmpdir(), 'presspipe-redis-restart-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
const until = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** A Redis that keeps its data in an append-only file in `data`, as the compose file runs it. */
async function startRedis(port: number, data: string): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', data, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''], {
    stdio: 'ignore',
  });
  children.push(child);
  await until(`redis-server on port ${port}`, () => probeRedis(`redis://127.0.0.1:${port}`).then(() => true, () => false), 20_000);
  return child;
}

describe.skipIf(!hasRedisServer)('Redis killed and restarted mid-import', () => {
  it('the import completes: every input has one manifest line and one JSON, each extracted once', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const data = join(dir, 'redis-data');
    const archive = join(dir, 'archive');
    const out = join(dir, 'out');
    mkdirSync(data);
    mkdirSync(archive);
    const seed = readFileSync(join(import.meta.dirname, '../../fixtures/bilingual-seed.txt'), 'utf8');
    const inputs = 40;
    for (let i = 0; i < inputs; i++) writeFileSync(join(archive, `release-${i}.txt`), `Release ${i}\n\n${seed}`);
    const jsonCount = () => {
      try {
        return readdirSync(out).filter((f) => f.endsWith('.json')).length;
      } catch {
        return 0;
      }
    };

    let redis = await startRedis(port, data);
    let workerLog = '';
    const worker = spawn(process.execPath, [bin, 'worker', '--out', out, '--input-root', archive, '--redis', url, '--queue', 'restart-test', '--concurrency', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    children.push(worker);
    worker.stderr!.on('data', (chunk: Buffer) => (workerLog += chunk.toString()));
    await until('the worker to start', () => workerLog.includes('worker '), 60_000);

    let importLog = '';
    const importing = main(['import', archive, '--out', out, '--redis', url, '--queue', 'restart-test', '--no-index'], {
      stdout: () => undefined,
      stderr: (s) => (importLog += s),
    });
    await until('the first releases', () => jsonCount() >= 3, 90_000);
    redis.kill('SIGKILL');
    await new Promise((r) => redis.once('exit', r));
    const doneAtKill = jsonCount();
    // Long enough for every client to see the connection refused and retry a few times.
    await new Promise((r) => setTimeout(r, 2_000));
    redis = await startRedis(port, data);

    const code = await importing;
    expect(doneAtKill, 'Redis was killed after the import had finished; the test proves nothing').toBeLessThan(inputs);
    expect(importLog).toMatch(/redis: .*(ECONNREFUSED|Connection is closed|ECONNRESET)/);
    expect(code, importLog).toBe(EXIT.ok);

    const manifest = readFileSync(join(out, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const names = Array.from({ length: inputs }, (_, i) => `release-${i}.txt`);
    expect(manifest.map((l) => l.path.slice(archive.length + 1)).sort()).toEqual([...names].sort());
    // A second extraction of the same bytes would find its JSON there and say `skipped`.
    expect(manifest.filter((l) => l.status !== 'done')).toEqual([]);
    expect(jsonCount()).toBe(inputs);
    for (const name of names) expect(workerLog.split('\n').filter((l) => l.startsWith(`${name}: done`)), name).toHaveLength(1);

    const connection = openRedis(url, () => undefined);
    const queue = new Queue('restart-test', { connection });
    try {
      expect(await queue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed')).toEqual({ completed: inputs, failed: 0, active: 0, waiting: 0, delayed: 0 });
    } finally {
      await queue.close();
      await connection.quit();
    }
  }, 240_000);
});
