import type { PipelineOptions } from '../config/pipeline-options.js';
import type { PipelineDeps } from './extract-release.js';

/** The engines of one process (a CLI run, an eval, a worker), opened once for all its documents. */
export interface OpenDeps extends PipelineDeps {
  close(): Promise<void>;
}

/** Opens what the pipeline needs for these options. */
export async function openPipelineDeps(_options: PipelineOptions): Promise<OpenDeps> {
  return { close: async () => {} };
}
