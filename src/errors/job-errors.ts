import { PresspipeError } from './presspipe-error.js';

// Faults of a job rather than of a document. A job that breaks the rules (a path outside the
// input roots, an id that is not a content hash) is refused for good: no retry can make it safe.

/** A job whose data or id is not what presspipe queues (`{ sha256, path }`, id = sha256). */
export class BadJobError extends PresspipeError {
  override readonly name = 'BadJobError';
  readonly code = 'BAD_JOB';
  readonly permanent = true;
  constructor(detail: string) {
    super(`expected a job { sha256, path } whose id is its sha256, got ${detail}`, 'queue documents with `presspipe import --redis`');
  }
}

/** A job path that leads outside every `--input-root` of the worker (`..`, an absolute path, a symlink out). */
export class OutsideInputRootsError extends PresspipeError {
  override readonly name = 'OutsideInputRootsError';
  readonly code = 'OUTSIDE_INPUT_ROOTS';
  readonly permanent = true;
  constructor(path: string) {
    super(`${path} is not inside any input root of this worker`, 'start the worker with --input-root <dir> for the folder being imported');
  }
}

/** No input root of this worker holds the file (a mount missing on this machine). */
export class NotInInputRootsError extends PresspipeError {
  override readonly name = 'NotInInputRootsError';
  readonly code = 'FILE_UNREADABLE';
  readonly permanent = false;
  constructor(path: string, roots: readonly string[]) {
    super(`${path} is in none of the input roots ${roots.join(', ') || '(none given)'}`, 'mount the archive and pass it as --input-root');
  }
}

/** One document took longer than `--document-timeout`; its thread was stopped. */
export class DocumentTimeoutError extends PresspipeError {
  override readonly name = 'DocumentTimeoutError';
  readonly code = 'DOCUMENT_TIMEOUT';
  readonly permanent = false;
  constructor(timeoutMs: number) {
    super(
      `the document took longer than ${timeoutMs.toLocaleString('en')} ms`,
      'retry on a less loaded machine, or raise --document-timeout for very long documents',
    );
  }
}

/** An error a worker thread reported, rebuilt on the other side with its code and class. */
export class ReportedError extends PresspipeError {
  override readonly name = 'ReportedError';
  readonly code: string;
  readonly permanent: boolean;
  constructor(report: { code: string; message: string; hint: string; permanent: boolean }) {
    super(report.message, report.hint);
    this.code = report.code;
    this.permanent = report.permanent;
  }
}
