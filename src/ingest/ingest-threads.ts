import { Worker } from 'node:worker_threads';
import type { PipelineOptions } from '../config/pipeline-options.js';
import type { RunOptions } from '../config/run-options.js';
import { DocumentTimeoutError, ReportedError } from '../errors/job-errors.js';
import type { IngestRequest, IngestResult } from './ingest-file.js';

/** What every extraction thread is started with. */
export interface ThreadSettings {
  options: PipelineOptions;
  out: string;
  force: boolean;
}

/** A thread's answer to one request: the result, or the error as data. */
export type ThreadReply =
  | { seq: number; ok: true; result: IngestResult }
  | { seq: number; ok: false; error: { code: string; message: string; hint: string; permanent: boolean } };

/** Runs the ingest use case on a fixed number of threads, one document per thread at a time. */
export interface IngestThreads {
  ingest(request: IngestRequest): Promise<IngestResult>;
  /** Waits for the documents in hand, then stops the threads. */
  close(): Promise<void>;
  /** Stops the threads at once; documents in hand fail. */
  terminate(): Promise<void>;
}

interface Pending {
  request: IngestRequest;
  resolve: (result: IngestResult) => void;
  reject: (error: Error) => void;
}

// Heap of one thread: a 20-page scan's page images stay far below it; a document that would
// need more is stopped with the thread instead of taking the whole process down.
const THREAD_HEAP_MB = 1536;

const fromSource = import.meta.url.endsWith('.ts');
const threadEntry = new URL(`../../workers/ingest-thread.${fromSource ? 'ts' : 'js'}`, import.meta.url);

// Under tsx or vitest the sources are TypeScript: the thread registers tsx before loading them.
function newThread(workerData: ThreadSettings): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_MB };
  if (!fromSource) return new Worker(threadEntry, { workerData, resourceLimits });
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(threadEntry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData, resourceLimits });
}

/**
 * Starts `concurrency` extraction threads (lazily). Each runs one document at a time with one OCR worker
 * of its own; a document over `documentTimeoutMs` has its thread terminated (that is the only way to stop
 * CPU-bound work in Node) and replaced, and fails with `DocumentTimeoutError`.
 */
export function startIngestThreads(options: RunOptions): IngestThreads {
  const settings = { size: options.concurrency, timeoutMs: options.documentTimeoutMs };
  const threadSettings: ThreadSettings = {
    options: { ...options.pipeline, ocrWorkers: options.pipeline.ocrWorkers ?? 1 },
    out: options.out,
    force: options.force,
  };
  const waiting: Pending[] = [];
  const idle: Worker[] = [];
  const busy = new Set<Worker>();
  let started = 0;
  let seq = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  const startThread = () => {
    started += 1;
    return newThread(threadSettings);
  };

  const pump = () => {
    while (waiting.length > 0 && (idle.length > 0 || started < settings.size)) {
      const task = waiting.shift()!;
      const thread = idle.pop() ?? startThread();
      runOn(thread, task);
    }
    if (closing && busy.size === 0 && waiting.length === 0) drained?.();
  };

  const runOn = (thread: Worker, task: Pending) => {
    busy.add(thread);
    const mySeq = ++seq;
    const finish = (keep: boolean) => {
      clearTimeout(timer);
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
      busy.delete(thread);
      if (keep) idle.push(thread);
      else {
        started -= 1;
        void thread.terminate();
      }
      pump();
    };
    const onMessage = (reply: ThreadReply) => {
      if (reply.seq !== mySeq) return;
      finish(true);
      if (reply.ok) task.resolve(reply.result);
      else task.reject(new ReportedError(reply.error));
    };
    const onError = (error: Error) => {
      finish(false);
      task.reject(new ReportedError({ code: 'THREAD_CRASHED', message: `the extraction thread stopped: ${error.message}`, hint: 'retry; report it if it happens again', permanent: false }));
    };
    const onExit = (code: number) => onError(new Error(`exit code ${code}`));
    const timer = setTimeout(() => {
      finish(false);
      task.reject(new DocumentTimeoutError(settings.timeoutMs));
    }, settings.timeoutMs);
    thread.on('message', onMessage);
    thread.on('error', onError);
    thread.on('exit', onExit);
    thread.postMessage({ seq: mySeq, request: task.request });
  };

  return {
    ingest(request) {
      if (closing) return Promise.reject(new ReportedError({ code: 'SHUTTING_DOWN', message: 'the extraction threads are closing', hint: 'retry', permanent: false }));
      return new Promise((resolve, reject) => {
        waiting.push({ request, resolve, reject });
        pump();
      });
    },
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        drained = resolve;
        pump();
      });
      await Promise.all(idle.splice(0).map((t) => t.terminate()));
    },
    async terminate() {
      closing = true;
      const threads = [...idle.splice(0), ...busy];
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
