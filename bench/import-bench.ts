import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { CORPUS_SPLIT } from '../src/eval/corpus-split.js';
import { openPdf } from '../src/pdf/open-pdf.js';
import { openRedis } from '../src/queue/redis-connection.js';
import { nativeTessdata } from './ocr-bench.js';

const PAGES = 8;
const RENDER = { dpi: 300, maxPixels: 100_000_000 };

interface Finished {
  status: number | null;
  stderr: string;
  seconds: number;
  rssMb: number;
}

/** Runs a command to its end under GNU time: exit status, stderr, wall seconds and peak RSS. */
function timed(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<Finished> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', 'maxrss=%M', ...argv], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on('close', (status) =>
      resolve({ status, stderr, seconds: (performance.now() - started) / 1000, rssMb: Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024 }),
    ),
  );
}

/** Peak RSS so far of a running process (its threads included), from /proc. */
function peakRssMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** Dev-corpus scans, copied into `folder` while they hold at most `PAGES` pages; each page also rendered to a PNG for the native CLI. */
async function scanFolder(folder: string, pngs: string): Promise<{ files: number; pages: string[] }> {
  mkdirSync(folder);
  mkdirSync(pngs);
  const pages: string[] = [];
  let files = 0;
  for (const stem of CORPUS_SPLIT.dev) {
    const source = new URL(`../fixtures/corpus/${stem}.scan.pdf`, import.meta.url).pathname;
    if (!existsSync(source)) continue;
    const pdf = await openPdf(new Uint8Array(readFileSync(source)), { maxPages: 50 });
    try {
      if (pages.length + pdf.pageCount > PAGES) continue;
      copyFileSync(source, join(folder, `${stem}.scan.pdf`));
      files += 1;
      for (let page = 1; page <= pdf.pageCount; page += 1) {
        const path = join(pngs, `${stem}-p${page}.png`);
        writeFileSync(path, (await pdf.renderPage(page, RENDER)).png);
        pages.push(path);
      }
    } finally {
      await pdf.close();
    }
  }
  return { files, pages };
}

/** Native tesseract on every page, `cores` processes at a time: wall seconds and the largest peak RSS. */
async function nativeRun(pages: string[], tessdata: string, cores: number): Promise<{ seconds: number; rssMb: number }> {
  const started = performance.now();
  let next = 0;
  let rssMb = 0;
  const lane = async () => {
    while (next < pages.length) {
      const page = pages[next++]!;
      const run = await timed(['tesseract', page, '-', '-l', 'khm+eng', '--psm', '6', '--dpi', String(RENDER.dpi), '--tessdata-dir', tessdata], { ...process.env, OMP_THREAD_LIMIT: '1' });
      if (run.status !== 0) throw new Error(`native tesseract failed on ${page}: ${run.stderr}`);
      rssMb = Math.max(rssMb, run.rssMb);
    }
  };
  await Promise.all(Array.from({ length: cores }, lane));
  return { seconds: (performance.now() - started) / 1000, rssMb };
}

/** Starts `presspipe worker` processes on `queue` and resolves once each says it is taking jobs. */
async function startWorkers(count: number, concurrency: number, bin: string, settings: { queue: string; redisUrl: string; root: string; out: string }): Promise<ChildProcess[]> {
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(
        process.execPath,
        [bin, 'worker', '--input-root', settings.root, '--out', settings.out, '--redis', settings.redisUrl, '--queue', settings.queue, '--concurrency', String(concurrency)],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let said = '';
      return new Promise<ChildProcess>((resolve, reject) => {
        child.stderr!.on('data', (chunk: Buffer) => {
          said += chunk.toString();
          if (said.includes(' on ')) resolve(child);
        });
        child.on('exit', (code) => reject(new Error(`presspipe worker exited with ${code}: ${said}`)));
      });
    }),
  );
}

/**
 * Import throughput on a folder of scans (dev-corpus `.scan.pdf`, ~8 pages): pages per second of
 * `presspipe import` in process, and queued on Redis for 1 and for 2 `presspipe worker` processes
 * started beforehand, each setup with as many extraction threads in all as the machine has cores;
 * against native `tesseract -l khm+eng` run on the same pages (rendered at 300 dpi as the pipeline
 * renders them), one single-threaded process per core. Peak RSS per process.
 */
export async function runImportBench(bin: string, redisUrl: string): Promise<string> {
  const cores = availableParallelism();
  const work = mkdtempSync(join(tmpdir(), 'presspipe-import-bench-'));
  const queues: string[] = [];
  try {
    const root = join(work, 'scans');
    const { files, pages } = await scanFolder(root, join(work, 'pngs'));
    const native = await nativeRun(pages, nativeTessdata(work), cores);
    const nativeRate = pages.length / native.seconds;
    const rows = [`| native \`tesseract\` × ${cores} | ${cores} processes | ${native.seconds.toFixed(1)} s | ${nativeRate.toFixed(3)} | 1.00× | ${native.rssMb.toFixed(0)} MB each |`];

    const importRow = (label: string, processes: string, run: Finished, workerRss: number[]) => {
      if (run.status !== 0) throw new Error(`${label}: presspipe import exited with ${run.status}: ${run.stderr}`);
      const done = Number(/^imported .* (\d+) pages \(\d+ OCR\)/m.exec(run.stderr)?.[1] ?? 0);
      if (done !== pages.length) throw new Error(`${label}: ${done} pages imported, expected ${pages.length}: ${run.stderr}`);
      const rate = done / run.seconds;
      const rss = [`import ${run.rssMb.toFixed(0)} MB`, ...workerRss.map((mb, i) => `worker ${i + 1} ${mb.toFixed(0)} MB`)].join(', ');
      rows.push(`| ${label} | ${processes} | ${run.seconds.toFixed(1)} s | ${rate.toFixed(3)} | ${(rate / nativeRate).toFixed(2)}× | ${rss} |`);
    };

    const inProcess = await timed([process.execPath, bin, 'import', root, '--out', join(work, 'out-in-process'), '--no-index', '--concurrency', String(cores)]);
    importRow(`\`import\` in process, ${cores} threads`, '1', inProcess, []);

    for (const count of [1, 2]) {
      const queue = `presspipe-bench-${process.pid}-${count}`;
      queues.push(queue);
      const out = join(work, `out-${count}-workers`);
      const concurrency = Math.max(1, Math.floor(cores / count));
      const workers = await startWorkers(count, concurrency, bin, { queue, redisUrl, root, out });
      try {
        const run = await timed([process.execPath, bin, 'import', root, '--out', out, '--no-index', '--redis', redisUrl, '--queue', queue]);
        importRow(`\`import --redis\`, ${count} \`worker\` × ${concurrency} threads`, `1 + ${count}`, run, workers.map((w) => peakRssMb(w.pid!)));
      } finally {
        for (const worker of workers) worker.kill('SIGTERM');
      }
    }
    return [
      `${files} scanned PDFs of the dev corpus, ${pages.length} pages (all OCR).`,
      '',
      '| setup | processes | wall | pages/s | vs native | peak RSS per process |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      'Workers are started (and connected) before the import is timed; the first document on each thread includes starting its OCR worker. Native: `OMP_THREAD_LIMIT=1 tesseract <page.png> - -l khm+eng --psm 6`, same models, one process per page.',
    ].join('\n');
  } finally {
    const connection = openRedis(redisUrl, () => undefined);
    for (const name of queues) {
      const queue = new Queue(name, { connection });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    await connection.quit();
    rmSync(work, { recursive: true, force: true });
  }
}
