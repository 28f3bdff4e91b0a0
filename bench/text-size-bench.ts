import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { CORPUS_SPLIT } from '../src/eval/corpus-split.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { manyFrameTiff } from '../test/many-frame-tiff.js';

const SIZES = [102_400, 409_600, 1_024_000];
const ROUNDS = 5;

/** `size` bytes of the dev corpus texts one after another, repeated, cut at a line end. */
function corpusText(corpus: string, size: number): Uint8Array {
  const documents = CORPUS_SPLIT.dev.map((stem) => readFileSync(join(corpus, `${stem}.txt`), 'utf8')).join('\n\n');
  const all = Buffer.from(documents.repeat(Math.ceil(size / Buffer.byteLength(documents)) + 1));
  return all.subarray(0, all.lastIndexOf(10, size - 1) + 1);
}

/**
 * Text extraction against its own size: the whole pipeline (in process, OCR faked) on texts of
 * 100 KB, 400 KB and 1 MB made of the dev corpus, best of 5 interleaved runs each. Linear work gives
 * a 1 MB time of 10 × the 100 KB time; the ratio says how far from that it is.
 */
export async function runTextSizeBench(corpus: string): Promise<string> {
  const options = PipelineOptionsSchema.parse({});
  const deps = { ocr: createFakeOcrEngine(() => '') };
  const texts = SIZES.map((size) => corpusText(corpus, size));
  // The first extraction compiles the rules' regexes; it is start-up, not the text's cost.
  await extractRelease({ bytes: corpusText(corpus, 20_000), filename: 'warm-up.txt' }, options, deps);
  // CPU time (garbage collection included) is far steadier than wall time on a shared machine.
  const best = SIZES.map(() => ({ wallMs: Infinity, cpuMs: Infinity }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, bytes] of texts.entries()) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await extractRelease({ bytes, filename: 'long.txt' }, options, deps);
      const { user, system } = process.cpuUsage(cpu);
      best[i] = { wallMs: Math.min(best[i]!.wallMs, performance.now() - started), cpuMs: Math.min(best[i]!.cpuMs, (user + system) / 1000) };
    }
  }
  const lines = ['| text (dev corpus, repeated) | wall | CPU | CPU per MB |', '|---|---|---|---|'];
  for (const [i, bytes] of texts.entries()) {
    const { wallMs, cpuMs } = best[i]!;
    lines.push(`| ${(bytes.length / 1000).toFixed(0)} KB | ${(wallMs / 1000).toFixed(2)} s | ${(cpuMs / 1000).toFixed(2)} s | ${(cpuMs / (bytes.length / 1e6) / 1000).toFixed(2)} s |`);
  }
  const perByte = (i: number) => best[i]!.cpuMs / texts[i]!.length;
  lines.push(
    '',
    `CPU time of 1 MB / (10 × 100 KB), per byte: **${(perByte(2) / perByte(0)).toFixed(2)}×** (1.00× is linear; 400 KB: ${(perByte(1) / perByte(0)).toFixed(2)}×). ` +
      `Best of ${ROUNDS} interleaved runs each, in process.`,
  );
  return lines.join('\n');
}

/**
 * Inputs that once hung or exhausted a worker, each given to `presspipe extract` as its own
 * process under GNU time: how it ends (exit status, error code), wall time and peak RSS; `node -e 0`
 * is the floor of both. The largest text accepted (just under 1 MiB) is the worst a text can cost.
 */
export function runBoundedInputsBench(corpus: string, bin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'presspipe-bounds-'));
  try {
    const path = (name: string) => join(dir, name);
    execFileSync('mkfifo', [path('fifo')]);
    symlinkSync('/dev/zero', path('zero'));
    writeFileSync(path('300mib.pdf'), '%PDF-1.7\n');
    truncateSync(path('300mib.pdf'), 300 * 2 ** 20);
    writeFileSync(path('frames.tiff'), manyFrameTiff(20, 10_000));
    writeFileSync(path('23mb.txt'), 'Phnom Penh, 04 March 2019 – A line of a very long text.\n'.repeat(420_000));
    writeFileSync(path('1mb.txt'), corpusText(corpus, 1_048_000));
    const cases: [string, string[]][] = [
      ['`node -e 0` (floor)', [process.execPath, '-e', '0']],
      ['a FIFO', [process.execPath, bin, 'extract', path('fifo')]],
      ['a symlink to /dev/zero', [process.execPath, bin, 'extract', path('zero')]],
      ['a 300 MiB file', [process.execPath, bin, 'extract', path('300mib.pdf')]],
      ['a TIFF of 20 frames of 100 MP (headers only, 2.6 KB)', [process.execPath, bin, 'extract', path('frames.tiff')]],
      ['a 23 MB text', [process.execPath, bin, 'extract', path('23mb.txt')]],
      ['a 1.05 MB text (the largest accepted)', [process.execPath, bin, 'extract', path('1mb.txt')]],
    ];
    const lines = ['| input | ends with | wall | peak RSS |', '|---|---|---|---|'];
    for (const [label, argv] of cases) {
      const started = performance.now();
      // A case that hangs is a failure to report, not a bench that never ends.
      const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', ...argv], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20 });
      const seconds = (performance.now() - started) / 1000;
      const rssMb = Number(/maxrss=(\d+)/.exec(run.stderr ?? '')?.[1] ?? 0) / 1024;
      const code = /: ([A-Z][A-Z_]{3,}):/.exec(run.stderr ?? '')?.[1];
      const end = run.error ? `did not end in 300 s (${run.error.message})` : `exit ${run.status}${code ? `, ${code}` : ''}`;
      lines.push(`| ${label} | ${end} | ${seconds.toFixed(2)} s | ${rssMb.toFixed(0)} MB |`);
    }
    return lines.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
