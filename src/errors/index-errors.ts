import { PresspipeError } from './presspipe-error.js';

/** The index (a SQLite file or a PostgreSQL server) cannot be opened. */
export class IndexUnavailableError extends PresspipeError {
  override readonly name = 'IndexUnavailableError';
  readonly code = 'INDEX_UNAVAILABLE';
  readonly permanent = false;
  constructor(location: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `cannot open the index at ${location}: ${reason}`,
      location.startsWith('postgres')
        ? 'check that PostgreSQL runs and the URL (user, database) is right'
        : 'check the path and that the folder is writable',
      { cause },
    );
  }
}

/** A release JSON file in the folder being indexed does not match the contract. */
export class InvalidReleaseJsonError extends PresspipeError {
  override readonly name = 'InvalidReleaseJsonError';
  readonly code = 'INVALID_RELEASE_JSON';
  readonly permanent = true;
  constructor(file: string, detail: string) {
    super(`${file} is not a presspipe release: ${detail}`, 're-extract the document with this presspipe version');
  }
}
