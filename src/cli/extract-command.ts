import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { type PipelineOptions, PipelineOptionsSchema } from '../config/pipeline-options.js';
import { FileUnreadableError } from '../errors/input-errors.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { extractRelease } from '../pipeline/extract-release.js';
import { type OpenDeps, openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';

/** Adds `extract`: the in-process pipeline over files, no Redis needed. */
export function addExtractCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract one release per file; prints JSON to stdout, or writes <id>.json files with --out')
    .argument('<files...>', 'PDF, PNG, JPEG, TIFF or UTF-8 text files (the type is read from the bytes)')
    .option('--out <dir>', 'write <id>.json into this directory instead of printing')
    .option('--ocr <when>', 'auto | always | never', 'auto')
    .option('--tessdata <dir>', 'directory with khm/eng .traineddata to use instead of the bundled data (env PRESSPIPE_TESSDATA)')
    .option('--max-pages <n>', 'refuse documents with more pages', parsePositiveInt)
    .option('--max-pixels <n>', 'refuse images or pages with more pixels', parsePositiveInt)
    .option('--debug', 'print stack traces of errors')
    .action(async (files: string[], flags: ExtractFlags) => {
      setExit(await extractCommand(files, flags, io));
    });
}

interface ExtractFlags {
  out?: string;
  ocr: string;
  tessdata?: string;
  maxPages?: number;
  maxPixels?: number;
  debug?: boolean;
}

async function extractCommand(files: string[], flags: ExtractFlags, io: Io): Promise<number> {
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
    const bytes = await readInput(file);
    const release = await extractRelease({ bytes, filename: basename(file) }, options, deps);
    const json = `${JSON.stringify(release, null, 2)}\n`;
    if (flags.out) {
      const target = join(flags.out, `${release.id}.json`);
      await writeFile(target, json);
      io.stderr(`${file}: wrote ${target}\n`);
    } else {
      io.stdout(json);
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

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (cause) {
    throw new FileUnreadableError(file, cause);
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a whole number from 1 and up, got \`${value}\``);
  return n;
}
