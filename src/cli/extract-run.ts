import { mkdir } from 'node:fs/promises';
import { type PipelineOptions, PipelineOptionsSchema } from '../config/pipeline-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { ingestFile } from '../ingest/ingest-file.js';
import { type OpenDeps, openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
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
    const result = await ingestFile({ path: file }, { options, deps, store, force: flags.force === true });
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
