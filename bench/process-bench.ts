import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One command run as its own process: median wall time, median CPU time (user + system) and largest peak RSS. */
export interface ProcessMeasurement {
  label: string;
  ms: number;
  cpuMs: number | null;
  rssMb: number | null;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs every command `rounds` times, interleaved so that a busy moment of the machine hits each
 * alike, and keeps the median time of each. CPU time and peak RSS come from GNU time when it is
 * installed; on a loaded machine CPU time is the steadier of the two times.
 */
export function measureProcesses(commands: { label: string; argv: string[] }[], rounds: number): ProcessMeasurement[] {
  const withTime = existsSync(GNU_TIME);
  const times = commands.map(() => [] as number[]);
  const cpu = commands.map(() => [] as number[]);
  const rss = commands.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    commands.forEach(({ argv }, i) => {
      const [command, args] = withTime ? [GNU_TIME, ['-f', 'maxrss=%M cpu=%U+%S', ...argv]] : [argv[0]!, argv.slice(1)];
      const started = performance.now();
      const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times[i]!.push(performance.now() - started);
      if (run.status !== 0) throw new Error(`${argv.join(' ')} exited with ${run.status}: ${run.stderr}`);
      const usage = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(run.stderr);
      if (usage) {
        rss[i] = Math.max(rss[i]!, Number(usage[1]) / 1024);
        cpu[i]!.push((Number(usage[2]) + Number(usage[3])) * 1000);
      }
    });
  }
  return commands.map(({ label }, i) => ({
    label,
    ms: median(times[i]!),
    cpuMs: withTime ? median(cpu[i]!) : null,
    rssMb: withTime ? rss[i]! : null,
  }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
