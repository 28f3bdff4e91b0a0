import { mkdir, rename, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { PipelineOptionsSchema } from '../config/pipeline-options.js';
import { isPresspipeError } from '../errors/presspipe-error.js';
import type { IndexStore } from '../index/index-store.js';
import { openIndex } from '../index/open-index.js';
import { packageRoot } from '../install/package-root.js';
import { presspipeVersion } from '../install/presspipe-version.js';
import { extractRelease } from '../pipeline/extract-release.js';
import { type OpenDeps, openPipelineDeps } from '../pipeline/open-pipeline-deps.js';
import type { MediaType } from '../schema/release.js';
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
  const upload: UploadHandler | undefined = options.out
    ? async ({ bytes, filename }) => {
        const pipelineOptions = PipelineOptionsSchema.parse({});
        deps ??= openPipelineDeps(pipelineOptions);
        const release = await extractRelease({ bytes, filename }, pipelineOptions, await deps);
        const out = options.out!;
        await mkdir(out, { recursive: true });
        const documentPath = join(out, `${release.id}.${EXTENSIONS[release.source.mediaType]}`);
        const jsonPath = join(out, `${release.id}.json`);
        await writeAtomically(documentPath, bytes);
        await writeAtomically(jsonPath, `${JSON.stringify(release, null, 2)}\n`);
        return { outcome: await store.upsertRelease(release, { jsonPath, documentPath }), release };
      }
    : undefined;
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
  io.stderr(`presspipe: serving ${store.kind} index on http://${options.host}:${port}/ (API description at /openapi.json)\n`);
  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
  server.close();
  await store.close();
  if (deps) await (await deps).close();
  return EXIT.ok;
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}
