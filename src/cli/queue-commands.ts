import type { Command } from 'commander';
import type { RunFlags } from '../config/run-options.js';
import type { Io } from './io.js';
import { addExtractionFlags, addQueueFlags } from './run-flags.js';

/** Flags of `status` and `retry`. */
export interface QueueFlags {
  redis?: string;
  queue: string;
  json?: boolean;
  code?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Adds `worker`, `status` and `retry`: the queue side of `import --redis`, on any number of
 * machines. BullMQ and ioredis are imported only when one of them runs.
 */
export function addQueueCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  const worker = program
    .command('worker')
    .description('extract queued documents on this machine until stopped (first Ctrl-C finishes the jobs in hand, a second quits)')
    .requiredOption('--out <dir>', 'directory to write <id>.json into; the worker writes nowhere else')
    .requiredOption('--input-root <dir>', 'folder job paths are relative to (repeatable); jobs pointing elsewhere are refused', collect)
    .option('--force', 'extract again documents whose <id>.json is already in --out')
    .option('--lock-duration <seconds>', 'hold on a job without renewal; a killed worker\'s jobs move on after about 4/3 of it', '30');
  addExtractionFlags(worker);
  addQueueFlags(worker, 'Redis to take jobs from').action(async (flags: RunFlags) => {
    const { workerCommand } = await import('./queue-run.js');
    setExit(await workerCommand(flags, io));
  });

  addQueueFlags(
    program.command('status').description('progress of an import: counts, files in hand, rate, ETA, stalled jobs and every failure').option('--json', 'print JSON'),
    'Redis of the queue',
  ).action(async (flags: QueueFlags) => {
    const { statusCommand } = await import('./queue-run.js');
    setExit(await statusCommand(flags, io));
  });

  addQueueFlags(
    program.command('retry').description('put failed documents back in the queue, e.g. after fixing a mount or the OCR data').option('--code <code>', 'only those failed with this code'),
    'Redis of the queue',
  ).action(async (flags: QueueFlags) => {
    const { retryCommand } = await import('./queue-run.js');
    setExit(await retryCommand(flags, io));
  });
}
