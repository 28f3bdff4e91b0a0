import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { OcrUnavailableError } from '../errors/ocr-errors.js';
import { packageRoot } from '../install/package-root.js';

/**
 * Where tesseract.js finds each language. tesseract.js takes one `langPath` and one `gzip`
 * flag for all languages, but with `cacheMethod: 'readOnly'` it first reads
 * `${cachePath}/${lang}.traineddata` (plain or gzipped: it checks the gzip magic bytes) and
 * only then `${langPath}/${lang}.traineddata.gz`. So `cachePath` serves the tessdata directory
 * and `langPath` the gzipped English model of `@tesseract.js-data/eng`, both local files.
 */
export interface TessdataFiles {
  /** Directory read first, `${lang}.traineddata` (presspipe's `tessdata/` unless overridden). */
  primaryDir: string;
  /** Directory read next, `${lang}.traineddata.gz` (the npm English model). */
  fallbackDir: string;
  /** The file each language will be read from. */
  files: Record<string, string>;
}

/** The languages presspipe reads: Khmer has no Latin letters, so English rides along. */
export const OCR_LANGUAGES = ['khm', 'eng'] as const;

/** presspipe's own `tessdata/` directory (Khmer from Debian's tesseract-ocr-khm). */
export function defaultTessdataDir(): string {
  return join(packageRoot(), 'tessdata');
}

/** The directory of the LSTM-only English model shipped by `@tesseract.js-data/eng`. */
function npmEnglishDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * Finds every language file before a worker starts, because tesseract.js crashes the process
 * or hangs on one it cannot load. Throws `OcrUnavailableError` naming the missing file.
 */
export function locateTessdata(tessdataDir: string = defaultTessdataDir()): TessdataFiles {
  const primaryDir = resolve(tessdataDir);
  const fallbackDir = npmEnglishDir();
  const files: Record<string, string> = {};
  for (const lang of OCR_LANGUAGES) {
    const candidates = [join(primaryDir, `${lang}.traineddata`)];
    if (lang === 'eng') candidates.push(join(fallbackDir, `${lang}.traineddata.gz`));
    const found = candidates.find((file) => existsSync(file) && statSync(file).size > 0);
    if (!found) {
      throw new OcrUnavailableError(
        `no ${lang} language data: expected ${candidates.join(' or ')}`,
        lang === 'khm'
          ? `copy khm.traineddata (tessdata_fast or tessdata_best, e.g. /usr/share/tesseract-ocr/5/tessdata/khm.traineddata from Debian's tesseract-ocr-khm) into ${primaryDir}`
          : `run \`npm install\` to restore @tesseract.js-data/eng, or copy eng.traineddata into ${primaryDir}`,
      );
    }
    checkTraineddata(lang, found);
    files[lang] = found;
  }
  return { primaryDir, fallbackDir, files };
}

// tesseract's TessdataManager layout: an int32 entry count, then one int64 offset per entry
// (-1 when absent). Entry 17 is TESSDATA_LSTM, the only model presspipe runs (OEM 1).
const MAX_ENTRIES = 64;
const LSTM_ENTRY = 17;

/**
 * Reads the header of a traineddata file (plain or gzipped). tesseract.js does not fail on a
 * broken file: it prints "Failed loading language" and reads on with the other language, so
 * Khmer would silently come out as Latin garbage.
 */
function checkTraineddata(lang: string, file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r');
  let head = Buffer.alloc(64 * 1024);
  const trailer = Buffer.alloc(4);
  try {
    head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    readSync(fd, trailer, 0, 4, Math.max(0, size - 4));
  } finally {
    closeSync(fd);
  }
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  // A gzip file ends with the uncompressed size (mod 2^32, ample for traineddata).
  const dataSize = gzipped ? trailer.readUInt32LE(0) : size;
  const fail = (what: string): never => {
    throw new OcrUnavailableError(`${file} is not ${lang} traineddata for tesseract's LSTM engine: ${what}`, `replace it with ${lang}.traineddata from tessdata_fast or tessdata_best`);
  };
  let header = head;
  if (gzipped) {
    try {
      header = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch (error) {
      fail(`its gzip data is broken (${String(error)})`);
    }
  }
  const entries = header.length >= 4 ? header.readInt32LE(0) : 0;
  if (entries < 1 || entries > MAX_ENTRIES || header.length < 4 + 8 * entries) fail(`its header claims ${entries} entries`);
  const offsets = Array.from({ length: entries }, (_, i) => header.readBigInt64LE(4 + 8 * i));
  if ((offsets[LSTM_ENTRY] ?? -1n) <= 0n) fail('it has no LSTM model');
  const last = offsets.reduce((a, b) => (b > a ? b : a), 0n);
  if (last >= BigInt(dataSize)) fail(`it is cut short (an entry starts at byte ${last}, the data has ${dataSize})`);
}
