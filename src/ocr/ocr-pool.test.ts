import { describe, expect, it } from 'vitest';
import { OcrClosedError, OcrTimeoutError } from '../errors/ocr-errors.js';
import { OcrPool } from './ocr-pool.js';
import type { OcrWorker } from './tesseract-worker.js';

interface CountingWorker extends OcrWorker {
  id: number;
  terminated: boolean;
}

/** Worker factory whose workers do nothing: the pool tests exercise scheduling only. */
function countingFactory() {
  const workers: CountingWorker[] = [];
  const startWorker = async (): Promise<OcrWorker> => {
    const worker: CountingWorker = {
      id: workers.length,
      terminated: false,
      recognize: async () => ({ blocks: [] }),
      terminate: async () => {
        worker.terminated = true;
      },
    };
    workers.push(worker);
    return worker;
  };
  return { workers, startWorker };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OcrPool', () => {
  it('runs at most `size` jobs at once and spreads them over its workers', async () => {
    const { workers, startWorker } = countingFactory();
    const pool = new OcrPool({ startWorker, size: 2 });
    let running = 0;
    let peak = 0;
    const used = new Set<number>();
    const job = async (worker: OcrWorker) => {
      running += 1;
      peak = Math.max(peak, running);
      used.add((worker as CountingWorker).id);
      await sleep(20);
      running -= 1;
    };
    await Promise.all(Array.from({ length: 6 }, () => pool.run(job)));
    expect(peak).toBe(2);
    expect(workers).toHaveLength(2);
    expect(used).toEqual(new Set([0, 1]));
    await pool.close();
  });

  it('replaces a worker after `pagesPerWorker` pages', async () => {
    const { workers, startWorker } = countingFactory();
    const pool = new OcrPool({ startWorker, size: 1, pagesPerWorker: 2 });
    const ids: number[] = [];
    for (let page = 0; page < 5; page += 1) await pool.run(async (worker) => ids.push((worker as CountingWorker).id));
    expect(ids).toEqual([0, 0, 1, 1, 2]);
    expect(workers.slice(0, 2).every((worker) => worker.terminated)).toBe(true);
    expect(pool.stats.workersStarted).toBe(3);
    await pool.close();
  });

  it('close waits for queued and running jobs, stops every worker, then refuses new jobs', async () => {
    const { workers, startWorker } = countingFactory();
    const pool = new OcrPool({ startWorker, size: 1 });
    const finished: number[] = [];
    const jobs = [1, 2, 3].map((n) => pool.run(async () => { await sleep(15); finished.push(n); }));
    await pool.close();
    expect(finished).toEqual([1, 2, 3]);
    await Promise.all(jobs);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
    await expect(pool.run(async () => 1)).rejects.toBeInstanceOf(OcrClosedError);
  });

  it('fails a job over its time limit and discards its worker', async () => {
    const { workers, startWorker } = countingFactory();
    const pool = new OcrPool({ startWorker, size: 1, jobTimeoutMs: 30 });
    await expect(pool.run(() => sleep(1000))).rejects.toBeInstanceOf(OcrTimeoutError);
    expect(workers[0]!.terminated).toBe(true);
    expect(await pool.run(async (worker) => (worker as CountingWorker).id)).toBe(1);
    await pool.close();
  });

  it('passes a failed start to the job and tries a new worker for the next one', async () => {
    let attempts = 0;
    const { startWorker } = countingFactory();
    const pool = new OcrPool({
      size: 1,
      startWorker: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('no language data');
        return startWorker();
      },
    });
    await expect(pool.run(async () => 'read')).rejects.toThrow('no language data');
    await expect(pool.run(async () => 'read')).resolves.toBe('read');
    await pool.close();
  });

  it('rejects a pool size below one', () => {
    expect(() => new OcrPool({ startWorker: countingFactory().startWorker, size: 0 })).toThrow(TypeError);
  });
});
