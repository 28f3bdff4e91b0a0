import { mkdir, rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { RunOptionsSchema } from '../config/run-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import type { IndexStore } from '../index/index-store.js';
import { openIndex } from '../index/open-index.js';
import { packageRoot } from '../install/package-root.js';
import { presspipeVersion } from '../install/presspipe-version.js';
import { extractRelease } from '../pipeline/extract-release.js';
import { type OpenDeps, openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import type { MediaType } from '../schema/release.js';
import type { JobRunner } from '../runners/job-runner.js';
import { createApiServer, type UploadHandler } from '../serve/api-server.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import type { ServeFlags } from './serve-command.js';

const ServeOptionsSchema = z.object({
  index: z.string().min(1, 'give --index <file|postgres://…> or set PRESSPIPE_INDEX'),
  out: z.string().optional(),
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  token: z.string().min(16, 'a token needs at least 16 characters').optional(),
  maxUploadBytes: z.coerce.number().int().positive(),
  redisUrl: RunOptionsSchema.shape.redisUrl,
  queue: RunOptionsSchema.shape.queue,
  inputRoot: z.string().min(1).optional(),
});

const EXTENSIONS: Record<MediaType, string> = {
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/html': 'html',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/tiff': 'tiff',
};

/** Runs `serve` until SIGINT/SIGTERM. */
export async function serveCommand(flags: ServeFlags, io: Io): Promise<number> {
  const parsed = ServeOptionsSchema.safeParse({
    ...flags,
    index: flags.index ?? process.env.PRESSPIPE_INDEX ?? '',
    token: flags.token ?? process.env.PRESSPIPE_TOKEN,
    redisUrl: flags.redis ?? process.env.PRESSPIPE_REDIS_URL,
    inputRoot: flags.inputRoot ?? (flags.out ? join(flags.out, 'incoming') : undefined),
  });
  if (!parsed.success) {
    io.stderr(`presspipe: bad option: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
    return EXIT.usage;
  }
  const options = parsed.data;
  let store: IndexStore;
  try {
    store = await openIndex(options.index);
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    io.stderr(`presspipe: ${error.code}: ${error.message}; ${error.hint}\n`);
    return EXIT.badInput;
  }
  let deps: Promise<OpenDeps> | undefined;
  let runner: JobRunner | undefined;
  const inProcess: UploadHandler = async ({ bytes, filename }) => {
    const pipelineOptions = PipelineOptionsSchema.parse({});
    deps ??= openPipelineDeps(pipelineOptions);
    const release = await extractRelease({ bytes, filename }, pipelineOptions, await deps);
    const out = options.out!;
    await mkdir(out, { recursive: true });
    const documentPath = join(out, `${release.id}.${EXTENSIONS[release.source.mediaType]}`);
    const jsonPath = join(out, `${release.id}.json`);
    await writeAtomically(documentPath, bytes);
    await writeAtomically(jsonPath, `${JSON.stringify(release, null, 2)}\n`);
    return { status: 'indexed', outcome: await store.upsertRelease(release, { jsonPath, documentPath }), release };
  };
  let upload: UploadHandler | undefined = options.out ? inProcess : undefined;
  if (options.out && options.redisUrl) {
    const [{ openQueueRunner }, { queuedUpload }] = await Promise.all([import('../queue/queue-runner.js'), import('../serve/queued-upload.js')]);
    const onError = (message: string) => io.stderr(`presspipe serve: ${message}\n`);
    runner = await openQueueRunner({ redisUrl: options.redisUrl, queue: options.queue, onError: (m) => onError(`redis: ${m}`) });
    upload = queuedUpload({ runner, inputRoot: options.inputRoot!, out: options.out, store, onError });
  }
  const server = createApiServer({
    store,
    version: presspipeVersion(),
    webDir: join(packageRoot(), 'web'),
    maxUploadBytes: options.maxUploadBytes,
    ...(options.token ? { token: options.token } : {}),
    ...(upload ? { upload } : {}),
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const uploads = runner ? `; uploads queued on ${options.queue} (workers: --input-root ${options.inputRoot} --out ${options.out})` : '';
  io.stderr(`presspipe: serving ${store.kind} index on http://${options.host}:${port}/ (API description at /openapi.json)${uploads}\n`);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  server.close();
  await runner?.close();
  await store.close();
  if (deps) await (await deps).close();
  return EXIT.ok;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}
