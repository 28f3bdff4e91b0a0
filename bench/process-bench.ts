import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One command run as its own process: its median wall time and its largest peak RSS. */
export interface ProcessMeasurement {
  label: string;
  ms: number;
  rssMb: number | null;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs every command `rounds` times, interleaved so that a busy moment of the machine hits each
 * alike, and keeps the median time of each. Peak RSS comes from GNU time when it is installed.
 */
export function measureProcesses(commands: { label: string; argv: string[] }[], rounds: number): ProcessMeasurement[] {
  const withTime = existsSync(GNU_TIME);
  const times = commands.map(() => [] as number[]);
  const rss = commands.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    commands.forEach(({ argv }, i) => {
      const [command, args] = withTime ? [GNU_TIME, ['-f', 'maxrss=%M', ...argv]] : [argv[0]!, argv.slice(1)];
      const started = performance.now();
      const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times[i]!.push(performance.now() - started);
      if (run.status !== 0) throw new Error(`${argv.join(' ')} exited with ${run.status}: ${run.stderr}`);
      rss[i] = Math.max(rss[i]!, Number(/maxrss=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024);
    });
  }
  return commands.map(({ label }, i) => {
    const sorted = times[i]!.sort((a, b) => a - b);
    return { label, ms: sorted[Math.floor(sorted.length / 2)]!, rssMb: withTime ? rss[i]! : null };
  });
}
