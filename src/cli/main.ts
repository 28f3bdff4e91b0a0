import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../install/package-root.js';
import { EXIT } from './exit-codes.js';
import { addExtractCommand } from './extract-command.js';
import type { Io } from './io.js';
import { addQueueCommands } from './queue-commands.js';

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: process.stderr.isTTY,
};

/**
 * Runs the `presspipe` command line and resolves to the process exit code. Only commander and the
 * command definitions load here; each command imports its engines when it runs.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('presspipe')
    .description('Turns press releases (PDF, scans, images, text) into validated JSON.')
    .version(packageVersion(), '-V, --version', 'print the presspipe version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const setExit = (code: number) => {
    exitCode = code;
  };
  addExtractCommand(program, io, setExit);
  addQueueCommands(program, io, setExit);

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return exitCode;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
