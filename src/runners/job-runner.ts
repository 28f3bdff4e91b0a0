/** One distinct document of an import: its content hash and where it was found. */
export interface ImportJob {
  sha256: string;
  /** The folder it was found under (an `import` argument). */
  root: string;
  /** Its path under `root`, `/`-separated; the only path a queued job carries. */
  relativePath: string;
}

/** What became of one job, as the manifest records it. */
export interface JobOutcome {
  sha256: string;
  status: 'done' | 'skipped' | 'failed';
  /** File name of the release in the output folder. */
  output?: string;
  code?: string;
  message?: string;
  hint?: string;
  /** Failed for a reason of the document itself: retrying the same bytes cannot help. */
  permanent?: boolean;
  pages: number;
  ocrPages: number;
  durationMs: number;
  /** The process that ran it, `<host>:<pid>`. */
  worker?: string;
}

/**
 * Runs extraction jobs somewhere (threads of this process, or BullMQ workers on any machine) and
 * reports each one's outcome. One conformance suite (`job-runner.suite.ts`) runs against each.
 */
export interface JobRunner {
  /** Runs the jobs; `onOutcome` hears of each once; resolves when every job has one, or when `signal` aborts. */
  run(jobs: readonly ImportJob[], onOutcome: (outcome: JobOutcome) => void, signal?: AbortSignal): Promise<void>;
  /** Frees what the runner holds; jobs in hand finish first. */
  close(): Promise<void>;
}
