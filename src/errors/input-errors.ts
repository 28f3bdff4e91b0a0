import { PresspipeError } from './presspipe-error.js';

// One class per condition that ends a job on bad input. Retrying the same bytes cannot help,
// so every one of them is permanent, except a file that cannot be read: a missing mount or a
// permission fixed later is the machine's fault, not the document's.

/** The input has no bytes, or no text once decoded. */
export class EmptyInputError extends PresspipeError {
  override readonly name = 'EmptyInputError';
  readonly code = 'EMPTY_INPUT';
  readonly permanent = true;
  constructor(what: string) {
    super(`${what} is empty`, 'check that the file was copied completely');
  }
}

/** The bytes are none of the formats presspipe reads. */
export class UnsupportedMediaTypeError extends PresspipeError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  readonly permanent = true;
  constructor(detected: string) {
    super(
      `expected a PDF, PNG, JPEG, TIFF or plain-text file, got ${detected}`,
      'convert the document to PDF or plain text first',
    );
  }
}

/** Text that is not valid UTF-8 or UTF-16 with a byte-order mark. */
export class UnreadableEncodingError extends PresspipeError {
  override readonly name = 'UnreadableEncodingError';
  readonly code = 'UNREADABLE_ENCODING';
  readonly permanent = true;
  constructor(detail: string, options?: ErrorOptions) {
    super(
      `expected UTF-8 or UTF-16 text, got ${detail}`,
      're-save the file as UTF-8 (legacy Khmer font encodings such as Limon are not text: print to PDF instead)',
      options,
    );
  }
}

/** A PDF that pdf.js cannot parse. */
export class CorruptPdfError extends PresspipeError {
  override readonly name = 'CorruptPdfError';
  readonly code = 'CORRUPT_PDF';
  readonly permanent = true;
  constructor(detail: string, options?: ErrorOptions) {
    super(`the PDF cannot be read: ${detail}`, 'open it in a PDF viewer; if it opens, re-save it as a new PDF', options);
  }
}

/** A PDF that needs a password to open. */
export class EncryptedPdfError extends PresspipeError {
  override readonly name = 'EncryptedPdfError';
  readonly code = 'ENCRYPTED_PDF';
  readonly permanent = true;
  constructor(options?: ErrorOptions) {
    super('the PDF is password-protected', 'ask the publisher for an unprotected copy, or remove the password', options);
  }
}

/** An image that cannot be decoded. */
export class CorruptImageError extends PresspipeError {
  override readonly name = 'CorruptImageError';
  readonly code = 'CORRUPT_IMAGE';
  readonly permanent = true;
  constructor(detail: string, options?: ErrorOptions) {
    super(`the image cannot be decoded: ${detail}`, 're-export the scan as PNG or TIFF', options);
  }
}

/** Input beyond a configured limit (bytes, pages, pixels); checked before the expensive work. */
export class InputTooLargeError extends PresspipeError {
  override readonly name = 'InputTooLargeError';
  readonly code = 'INPUT_TOO_LARGE';
  readonly permanent = true;
  readonly limit: string;
  constructor(limit: string, got: number, max: number) {
    super(
      `${limit}: got ${got.toLocaleString('en')}, the limit is ${max.toLocaleString('en')}`,
      `split the document, or raise the limit (see \`presspipe extract --help\`) if the machine can take it`,
    );
    this.limit = limit;
  }
}

/** The file could not be read from disk (missing, no permission, a mount gone). */
export class FileUnreadableError extends PresspipeError {
  override readonly name = 'FileUnreadableError';
  readonly code = 'FILE_UNREADABLE';
  readonly permanent = false;
  constructor(path: string, cause: unknown) {
    const reason = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'unknown reason';
    super(`cannot read ${path} (${reason})`, 'check the path and its permissions', { cause });
  }
}

/** A FIFO, device, socket or directory where a document file was expected: reading it could block or never end. */
export class NotRegularFileError extends PresspipeError {
  override readonly name = 'NotRegularFileError';
  readonly code = 'NOT_A_REGULAR_FILE';
  readonly permanent = true;
  constructor(path: string, kind: string) {
    super(`expected a regular file at ${path}, got ${kind}`, 'point presspipe at the document files themselves');
  }
}

/** The bytes read are not the ones that were hashed when the document was queued. */
export class ChangedOnDiskError extends PresspipeError {
  override readonly name = 'ChangedOnDiskError';
  readonly code = 'CHANGED_ON_DISK';
  readonly permanent = true;
  constructor(path: string) {
    super(`${path} is not the file that was queued (its sha256 differs)`, 'import it again');
  }
}
