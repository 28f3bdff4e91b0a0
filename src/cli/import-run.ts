import { join } from 'node:path';
import { parseRunOptions, type RunFlags, type RunOptions } from '../config/run-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import { MANIFEST_FILE } from '../import/manifest.js';
import { runImport } from '../import/run-import.js';
import { inProcessRunner } from '../runners/in-process-runner.js';
import type { JobRunner } from '../runners/job-runner.js';
import { EXIT } from './exit-codes.js';
import type { ImportIndexFlags } from './import-command.js';
import { progressPrinter } from './import-progress.js';
import type { Io } from './io.js';
import { onStopSignals } from './stop-signals.js';

/** Runs `import` and resolves to the exit code. */
export async function importCommand(inputs: string[], flags: RunFlags & ImportIndexFlags, io: Io): Promise<number> {
  const parsed = parseRunOptions(flags, process.env);
  if (!parsed.ok) {
    io.stderr(`presspipe import: bad option: ${parsed.reason}\n`);
    return EXIT.usage;
  }
  const options = parsed.options;
  let runner: JobRunner;
  try {
    runner = await openRunner(options, io);
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    io.stderr(`presspipe import: ${error.code}: ${error.message}; ${error.hint}\n`);
    return EXIT.unavailable;
  }
  const stop = new AbortController();
  const removeSignals = onStopSignals(() => {
    io.stderr(`\nstopping: ${options.redisUrl ? 'the queued files stay queued for the workers' : 'finishing the files in hand'} (again to quit at once)\n`);
    stop.abort();
  });
  const progress = progressPrinter(io);
  try {
    const result = await runImport(inputs, options, runner, { onProgress: progress.update }, stop.signal);
    progress.finish();
    const manifest = join(options.out, MANIFEST_FILE);
    if (result.queued === 0) {
      io.stderr(`nothing to do: ${result.files} files (${result.distinct} distinct), ${result.skipped} already in ${options.out}, ${result.failed} failed; see ${manifest}\n`);
    } else {
      const left = stop.signal.aborted ? `, stopped with ${result.queued - result.done - Math.min(result.failed, result.queued)} not finished` : '';
      io.stderr(
        `imported ${result.files} files (${result.distinct} distinct): ${result.done} done, ${result.skipped} skipped, ${result.failed} failed; ${result.pages} pages (${result.ocrPages} OCR) in ${(result.elapsedMs / 1000).toFixed(1)} s${left}; see ${manifest}\n`,
      );
    }
    if (stop.signal.aborted) return EXIT.interrupted;
    // The index is rebuilt from the JSON folder (upserts by source id), so it also catches releases
    // that workers on other machines stored and ones a stopped import left unindexed.
    const indexed = flags.index === false ? EXIT.ok : await indexFolder(options.out, flags.index, io);
    return result.failed > 0 ? EXIT.badInput : indexed;
  } finally {
    removeSignals();
    await runner.close();
  }
}

async function openRunner(options: RunOptions, io: Io): Promise<JobRunner> {
  if (!options.redisUrl) return inProcessRunner(options);
  const { openQueueRunner } = await import('../queue/queue-runner.js');
  const { probeRedis } = await import('../queue/redis-connection.js');
  const { warning } = await probeRedis(options.redisUrl);
  if (warning) io.stderr(`presspipe import: warning: ${warning}\n`);
  return openQueueRunner({ redisUrl: options.redisUrl, queue: options.queue, force: options.force, onError: (m) => io.stderr(`presspipe import: redis: ${m}\n`) });
}

async function indexFolder(out: string, location: string | undefined, io: Io): Promise<number> {
  const { indexCommand } = await import('./index-run.js');
  return indexCommand(out, location === undefined ? {} : { index: location }, io);
}
