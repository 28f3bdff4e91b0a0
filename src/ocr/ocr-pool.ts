import { availableParallelism } from 'node:os';
import { OcrClosedError, OcrTimeoutError } from '../errors/ocr-errors.js';
import type { OcrEngine, OcrImage, OcrResult, RecognizeOptions } from './ocr-engine.js';
import { recognizePage } from './page-recognition.js';
import type { OcrWorker } from './tesseract-worker.js';

/** Options for `OcrPool`. */
export interface OcrPoolOptions {
  /** Starts one worker; called lazily, and again after each recycle or failure. */
  startWorker: () => Promise<OcrWorker>;
  /**
   * Workers running at once.
   * @defaultValue the number of CPU cores
   */
  size?: number;
  /**
   * Pages a worker reads before it is replaced: tesseract.js workers grow in memory with use
   * (tesseract.js issues #977, #1045).
   * @defaultValue 50
   */
  pagesPerWorker?: number;
  /**
   * Time limit for one job (deskew and every OCR pass of one page), ms. A job over the limit
   * fails with `OcrTimeoutError` and its worker is discarded.
   * @defaultValue 120000
   */
  jobTimeoutMs?: number;
}

/** Counters that show what the pool did. */
export interface OcrPoolStats {
  workersStarted: number;
  running: number;
  queued: number;
}

interface Slot {
  worker: OcrWorker | null;
  pages: number;
  busy: boolean;
}

interface QueuedJob {
  task: (worker: OcrWorker) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * A fixed number of OCR workers shared by every page of every document in the process, fed
 * from one queue, each replaced after a number of pages.
 */
export class OcrPool implements OcrEngine {
  private readonly startWorker: () => Promise<OcrWorker>;
  private readonly pagesPerWorker: number;
  private readonly jobTimeoutMs: number;
  private readonly slots: Slot[];
  private readonly queue: QueuedJob[] = [];
  private readonly terminations = new Set<Promise<void>>();
  private workersStarted = 0;
  private closing: Promise<void> | null = null;
  private drained: (() => void) | null = null;

  constructor(options: OcrPoolOptions) {
    const size = options.size ?? availableParallelism();
    if (!Number.isInteger(size) || size < 1) throw new TypeError(`Expected \`size\` to be an integer from 1 and up, got \`${size}\``);
    this.startWorker = options.startWorker;
    this.pagesPerWorker = options.pagesPerWorker ?? 50;
    this.jobTimeoutMs = options.jobTimeoutMs ?? 120_000;
    this.slots = Array.from({ length: size }, () => ({ worker: null, pages: 0, busy: false }));
  }

  /** Reads one page on the next free worker. */
  recognize(image: OcrImage, options?: RecognizeOptions): Promise<OcrResult> {
    return this.run((worker) => recognizePage(worker, image, options));
  }

  /** Runs one page job on the next free worker; the job counts towards that worker's recycling. */
  run<T>(task: (worker: OcrWorker) => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new OcrClosedError());
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  /** What the pool has done so far. */
  get stats(): OcrPoolStats {
    return {
      workersStarted: this.workersStarted,
      running: this.slots.filter((slot) => slot.busy).length,
      queued: this.queue.length,
    };
  }

  /** Refuses new jobs, lets queued and running ones finish, then stops every worker. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.queue.length > 0 || this.slots.some((slot) => slot.busy)) {
        await new Promise<void>((resolve) => {
          this.drained = resolve;
        });
      }
      for (const slot of this.slots) this.retire(slot);
      await Promise.all(this.terminations);
    })();
    return this.closing;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) break;
      slot.busy = true;
      void this.runOn(slot, job);
    }
    if (this.drained && this.queue.length === 0 && this.slots.every((slot) => !slot.busy)) this.drained();
  }

  private async runOn(slot: Slot, job: QueuedJob): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!slot.worker) {
        slot.worker = await this.startWorker();
        this.workersStarted += 1;
      }
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new OcrTimeoutError('OCR of one page', this.jobTimeoutMs)), this.jobTimeoutMs);
      });
      const result = await Promise.race([job.task(slot.worker), timeout]);
      slot.pages += 1;
      if (slot.pages >= this.pagesPerWorker) this.retire(slot);
      job.resolve(result);
    } catch (error) {
      // A worker that overran may still be busy inside tesseract: only a new one is safe.
      if (error instanceof OcrTimeoutError) this.retire(slot);
      job.reject(error);
    } finally {
      clearTimeout(timer);
      slot.busy = false;
      this.dispatch();
    }
  }

  private retire(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    if (!worker) return;
    const termination = worker.terminate().catch(() => {});
    this.terminations.add(termination);
    void termination.then(() => this.terminations.delete(termination));
  }
}
