import { mkdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { type PipelineOptions, PipelineOptionsSchema } from '../config/pipeline-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { ingestFile } from '../ingest/ingest-file.js';
import { type OpenDeps, openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import type { PageProgress } from '../pipeline/read-pages.js';
import { directoryReleaseStore } from '../store/directory-release-store.js';
import type { ReleaseStore } from '../store/release-store.js';
import type { ExtractFlags } from './extract-command.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/** Runs `extract` over the files and resolves to the exit code. */
export async function extractCommand(files: string[], flags: ExtractFlags, io: Io): Promise<number> {
  if (files.length > 1 && !flags.out) {
    io.stderr('presspipe: several files need --out <dir> (stdout takes one JSON document)\n');
    return EXIT.usage;
  }
  const parsed = PipelineOptionsSchema.safeParse({
    ocr: flags.ocr,
    tessdataDir: flags.tessdata ?? process.env.PRESSPIPE_TESSDATA,
    maxPages: flags.maxPages,
    maxPixels: flags.maxPixels,
  });
  if (!parsed.success) {
    io.stderr(`presspipe: bad option: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    return EXIT.usage;
  }
  const options: PipelineOptions = parsed.data;
  if (flags.out) await mkdir(flags.out, { recursive: true });
  const deps = await openPipelineDeps(options);
  let exitCode: number = EXIT.ok;
  try {
    for (const file of files) {
      const code = await extractOne(file, flags, options, deps, io);
      if (code !== EXIT.ok && exitCode === EXIT.ok) exitCode = code;
    }
  } finally {
    await deps.close();
  }
  return exitCode;
}

async function extractOne(
  file: string,
  flags: ExtractFlags,
  options: PipelineOptions,
  deps: OpenDeps,
  io: Io,
): Promise<number> {
  try {
    const store = flags.out ? directoryReleaseStore(flags.out) : printingStore(io);
    const progress = flags.quiet || !io.isTTY ? undefined : pageProgress(file, io);
    const result = await ingestFile(
      { path: file },
      { options, deps: { ...deps, onPage: progress?.onPage }, store, force: flags.force === true },
    ).finally(() => progress?.clear());
    if (flags.out) {
      io.stderr(result.status === 'done' ? `${file}: wrote ${result.output}\n` : `${file}: already in ${result.output} (--force redoes it)\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (isPresspipeError(error)) {
      io.stderr(`${file}: ${error.code}: ${error.message}; ${error.hint}\n`);
      if (flags.debug) io.stderr(`${error.stack}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${file}: INTERNAL_ERROR: ${message}; this is a presspipe bug, please report it with --debug output\n`);
    if (flags.debug && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT.bug;
  }
}

/** A store that prints each release to stdout and has none, for `extract` without `--out`. */
function printingStore(io: Io): ReleaseStore {
  return {
    has: async () => false,
    async put(release) {
      io.stdout(`${JSON.stringify(release, null, 2)}\n`);
      return 'stdout';
    },
  };
}

// Redraws one stderr line in place: carriage return, then erase to the end of the line.
const REDRAW = '\r\x1b[K';

/** Pages done / total and how each was read, on one terminal line that is erased when the file is done. */
function pageProgress(file: string, io: Io): { onPage: (p: PageProgress) => void; clear: () => void } {
  const methods: string[] = [];
  let shown = false;
  return {
    onPage({ done, total, page, method }) {
      methods[page - 1] = method === 'ocr' ? 'OCR' : 'text';
      // Short documents show every page (`1:text 2:OCR 3:…`); long ones the page just finished.
      const perPage =
        total <= 12 ? ` (${Array.from({ length: total }, (_, i) => `${i + 1}:${methods[i] ?? '…'}`).join(' ')})` : `, page ${page}: ${methods[page - 1]}`;
      io.stderr(`${REDRAW}${basename(file)}: ${done}/${total} pages${perPage}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr(REDRAW);
    },
  };
}
