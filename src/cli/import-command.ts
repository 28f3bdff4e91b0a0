import type { Command } from 'commander';
import type { RunFlags } from '../config/run-options.js';
import { indexOption } from './index-commands.js';
import type { Io } from './io.js';
import { addExtractionFlags, addQueueFlags } from './run-flags.js';

/**
 * Adds `import`: a whole archive into one output folder, in this process or through a queue.
 * The importer and the queue client are imported only when it runs.
 */
export function addImportCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('import')
    .description('extract every file under folders into <out>, once per distinct content; writes <out>/manifest.jsonl; re-running skips what is done')
    .argument('<inputs...>', 'folders (walked recursively) and files; the type is read from the bytes, never the name')
    .requiredOption('--out <dir>', 'directory for <id>.json files and manifest.jsonl')
    .option('--force', 'extract again what <out> already has, and what failed for good before')
    .option(...indexOption)
    .option('--no-index', 'do not update the quote index after the import');
  addExtractionFlags(command);
  addQueueFlags(command, 'queue the files for `presspipe worker` on any machine and follow them, instead of extracting here').action(
    async (inputs: string[], flags: RunFlags & ImportIndexFlags) => {
      const { importCommand } = await import('./import-run.js');
      setExit(await importCommand(inputs, flags, io));
    },
  );
}

/** Where `import` keeps the quote index up to date: `--index`, else PRESSPIPE_INDEX, else `<out>/index.sqlite`. */
export interface ImportIndexFlags {
  /** false with `--no-index` */
  index?: string | false;
}
