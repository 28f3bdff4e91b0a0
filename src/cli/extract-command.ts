import type { Command } from 'commander';
import type { Io } from './io.js';
import { parsePositiveInt } from './run-flags.js';

/**
 * Adds `extract`: the in-process pipeline over files, no Redis needed. The pipeline (pdf.js,
 * tesseract.js, sharp) is imported only when the command runs, so `--help` starts at once.
 */
export function addExtractCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract one release per file; prints JSON to stdout, or writes <id>.json files with --out')
    .argument('<files...>', 'PDF, PNG, JPEG, TIFF or UTF-8 text files (the type is read from the bytes)')
    .option('--out <dir>', 'write <id>.json into this directory instead of printing')
    .option('--force', 'with --out, extract again files whose <id>.json is already there')
    .option('--ocr <when>', 'auto | always | never', 'auto')
    .option('--tessdata <dir>', 'directory with khm/eng .traineddata to use instead of the bundled data (env PRESSPIPE_TESSDATA)')
    .option('--max-pages <n>', 'refuse documents with more pages', parsePositiveInt)
    .option('--max-pixels <n>', 'refuse images or pages with more pixels', parsePositiveInt)
    .option('--quiet', 'no progress on stderr (it is shown only when stderr is a terminal)')
    .option('--debug', 'print stack traces of errors')
    .action(async (files: string[], flags: ExtractFlags) => {
      const { extractCommand } = await import('./extract-run.js');
      setExit(await extractCommand(files, flags, io));
    });
}

/** The flags of `extract`, as commander hands them over. */
export interface ExtractFlags {
  out?: string;
  force?: boolean;
  ocr: string;
  tessdata?: string;
  maxPages?: number;
  maxPixels?: number;
  quiet?: boolean;
  debug?: boolean;
}
