import { type Command, InvalidArgumentError } from 'commander';
import { EXTRACT_QUEUE } from '../jobs/queue-names.js';

/** Parses a flag that must be a whole number from 1 and up. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a whole number from 1 and up, got \`${value}\``);
  return n;
}

/** Adds `--redis` and `--queue`, shared by every queue command. */
export function addQueueFlags(command: Command, redisHelp: string): Command {
  return command
    .option('--redis <url>', `${redisHelp} (env PRESSPIPE_REDIS_URL)`)
    .option('--queue <name>', 'queue name, to keep imports apart', EXTRACT_QUEUE);
}

/** Adds the flags of a run that extracts: pipeline settings, threads and the time limit. */
export function addExtractionFlags(command: Command): Command {
  return command
    .option('--concurrency <n>', 'documents at once on this machine (default: its number of cores)')
    .option('--document-timeout <seconds>', 'time limit for one document (env PRESSPIPE_DOCUMENT_TIMEOUT; default 600)')
    .option('--ocr <when>', 'auto | always | never', 'auto')
    .option('--tessdata <dir>', 'directory with khm/eng .traineddata (env PRESSPIPE_TESSDATA)')
    .option('--max-pages <n>', 'refuse documents with more pages', parsePositiveInt)
    .option('--max-pixels <n>', 'refuse images or pages with more pixels', parsePositiveInt);
}
