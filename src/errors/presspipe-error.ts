/**
 * Base of every error that ends a job. `code` is stable (scripts and the queue match on it),
 * `hint` tells the user what to do, and `permanent` says whether retrying the same input can help.
 */
export abstract class PresspipeError extends Error {
  abstract readonly code: string;
  abstract readonly permanent: boolean;
  readonly hint: string;

  constructor(message: string, hint: string, options?: ErrorOptions) {
    super(message, options);
    this.hint = hint;
  }
}

/** True for errors presspipe raised on purpose, as opposed to bugs. */
export function isPresspipeError(error: unknown): error is PresspipeError {
  return error instanceof PresspipeError;
}
