import { Command, CommanderError } from 'commander';
import { presspipeVersion } from '../install/presspipe-version.js';
import { EXIT } from './exit-codes.js';
import { addExtractCommand } from './extract-command.js';
import { addImportCommand } from './import-command.js';
import { addIndexCommands } from './index-commands.js';
import type { Io } from './io.js';
import { addQueueCommands } from './queue-commands.js';
import { addServeCommand } from './serve-command.js';

const processIo: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), isTTY: process.stderr.isTTY };

/**
 * Runs the `presspipe` command line and resolves to the process exit code. Only commander and the
 * command definitions load here; each command imports its engines when it runs.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  if (io === processIo) exitQuietlyOnClosedPipe();
  let exitCode: number = EXIT.ok;
  const program = new Command('presspipe')
    .description('Turns press releases (PDF, scans, images, text) into validated JSON.')
    .version(presspipeVersion(), '-V, --version', 'print the presspipe version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const setExit = (code: number) => {
    exitCode = code;
  };
  addExtractCommand(program, io, setExit);
  addImportCommand(program, io, setExit);
  addQueueCommands(program, io, setExit);
  addIndexCommands(program, io, setExit);
  addServeCommand(program, io, setExit);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return exitCode;
}

// `presspipe status | head` closes stdout early; that ends the output, not in a stack trace.
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    throw error;
  });
}
