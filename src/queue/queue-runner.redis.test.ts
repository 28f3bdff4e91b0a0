import { Queue } from 'bullmq';
import { describeJobRunner } from '../runners/job-runner.suite.js';
import { startExtractWorker } from './extract-worker.js';
import { openQueueRunner } from './queue-runner.js';
import { openRedis } from './redis-connection.js';
import { requireRedis, TEST_REDIS_URL } from '../../test/test-redis.js';

describeJobRunner('BullMQ', async (options) => {
  await requireRedis();
  const queue = `presspipe-runner-test-${process.pid}-${Date.now()}`;
  const onError = (m: string) => console.error(`redis: ${m}`);
  const worker = await startExtractWorker({ ...options, queue, redisUrl: TEST_REDIS_URL }, { onError });
  const runner = await openQueueRunner({ redisUrl: TEST_REDIS_URL, queue, onError });
  return {
    runner,
    async close() {
      await runner.close();
      await worker.close();
      const connection = openRedis(TEST_REDIS_URL, onError);
      await new Queue(queue, { connection }).obliterate({ force: true });
      await connection.quit();
    },
  };
});
