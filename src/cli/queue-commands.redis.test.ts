import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';

const REDIS_URL = process.env.PRESSPIPE_REDIS_URL ?? 'redis://127.0.0.1:6379';
const queueName = `presspipe-cli-test-${process.pid}-${Date.now()}`;
const dir = mkdtempSync(join(tmpdir(), 'presspipe-enqueue-'));

const run = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv, '--redis', REDIS_URL, '--queue', queueName], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
};

afterAll(async () => {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue(queueName, { connection });
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
});

describe('presspipe enqueue and status', () => {
  it('queues each distinct document once, so a re-run resumes instead of repeating', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const sameAsA = join(dir, 'a-copy.txt');
    writeFileSync(a, 'first release\n');
    writeFileSync(b, 'second release\n');
    writeFileSync(sameAsA, 'first release\n');

    const first = await run(['enqueue', '--out', join(dir, 'out'), a, b, sameAsA, join(dir, 'missing.pdf')]);
    expect(first.stdout).toBe('queued 2, already queued 1\n');
    expect(first.stderr).toContain('missing.pdf: FILE_UNREADABLE');
    expect(first.code).toBe(3);

    const again = await run(['enqueue', '--out', join(dir, 'out'), a, b]);
    expect(again.stdout).toBe('queued 0, already queued 2\n');

    const status = await run(['status', '--json']);
    expect(JSON.parse(status.stdout).counts).toMatchObject({ waiting: 2, failed: 0 });
  });
});
