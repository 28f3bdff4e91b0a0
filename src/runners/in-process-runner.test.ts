import { inProcessRunner } from './in-process-runner.js';
import { describeJobRunner } from './job-runner.suite.js';

describeJobRunner('in-process', async (options) => {
  const runner = inProcessRunner(options);
  return { runner, close: () => runner.close() };
});
