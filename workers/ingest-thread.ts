import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineOptions } from '../src/config/pipeline-options.js';
import { isPresspipeError } from '../src/errors/presspipe-error.js';
import { type IngestRequest, ingestFile } from '../src/ingest/ingest-file.js';
import type { ThreadReply, ThreadSettings } from '../src/ingest/ingest-threads.js';
import { openPipelineDeps } from '../src/pipeline/open-pipeline-deps.js';
import { directoryReleaseStore } from '../src/store/directory-release-store.js';

// One extraction thread: runs the ingest use case for one document at a time, off the main
// thread, so a queue worker's lock renewal and an import's progress never wait on OCR or parsing.
const settings = workerData as ThreadSettings;
const options: PipelineOptions = settings.options;
const deps = await openPipelineDeps(options);
const store = directoryReleaseStore(settings.out);

parentPort!.on('message', async (message: { seq: number; request: IngestRequest }) => {
  let reply: ThreadReply;
  try {
    const result = await ingestFile(message.request, { options, deps, store, force: settings.force });
    reply = { seq: message.seq, ok: true, result };
  } catch (error) {
    reply = {
      seq: message.seq,
      ok: false,
      error: isPresspipeError(error)
        ? { code: error.code, message: error.message, hint: error.hint, permanent: error.permanent }
        : {
            code: 'INTERNAL_ERROR',
            message: error instanceof Error ? error.message : String(error),
            hint: 'this is a presspipe bug, please report it',
            permanent: false,
          },
    };
  }
  parentPort!.postMessage(reply);
});
