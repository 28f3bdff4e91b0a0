import type { PipelineOptions } from '../config/pipeline-options.js';
import type { PipelineDeps } from '../pipeline/extract-release.js';

/** The engines of one CLI run, opened once for all its files. */
export interface OpenDeps extends PipelineDeps {
  close(): Promise<void>;
}

/** Opens what the pipeline needs for these options. */
export async function openPipelineDeps(_options: PipelineOptions): Promise<OpenDeps> {
  return { close: async () => {} };
}
