import type { Command } from 'commander';
import { indexOption } from './index-commands.js';
import { addQueueFlags } from './run-flags.js';
import type { Io } from './io.js';

/** The flags of `serve`, as commander hands them over. */
export interface ServeFlags {
  index?: string;
  out?: string;
  host: string;
  port: string;
  token?: string;
  maxUploadBytes: string;
  redis?: string;
  queue: string;
  inputRoot?: string;
}

/** Adds `serve`: the HTTP API and the search page. node:http, the index and the pipeline load only when it runs. */
export function addServeCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('serve')
    .description('serve the HTTP API (/quotes, /speakers, /organizations, /releases, /openapi.json) and the search page')
    .option(...indexOption)
    .option('--out <dir>', 'folder uploads are written to (<id>.json beside the document); required for POST /releases')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--token <token>', 'bearer token that allows uploads (env PRESSPIPE_TOKEN); without one the server is read-only')
    .option('--max-upload-bytes <n>', 'largest upload accepted', String(50 * 1024 * 1024))
    .option('--input-root <dir>', 'with --redis: where uploads are stored for the workers, who run with this --input-root and the same --out (default <out>/incoming)');
  addQueueFlags(command, 'queue uploads for `presspipe worker` (answer 202 with the job id) instead of importing them in this process').action(
    async (flags: ServeFlags) => {
      const { serveCommand } = await import('./serve-run.js');
      setExit(await serveCommand(flags, io));
    },
  );
}
