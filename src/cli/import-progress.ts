import type { ImportProgress } from '../import/run-import.js';
import type { Io } from './io.js';

// A terminal line is redrawn at most this often; a log gets a plain line this often.
const REDRAW_MS = 250;
const LOG_EVERY_MS = 10_000;

/** One line of progress: files, pages, rate and time left. */
export function progressLine(p: ImportProgress): string {
  const finished = p.done + p.failed;
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? finished / seconds : 0;
  const left = Math.max(0, p.queued - finishedOfQueued(p));
  const eta = rate > 0 ? `, ETA ${formatSeconds(left / rate)}` : '';
  return `${p.done + p.skipped + p.failed}/${p.files} files: ${p.done} done, ${p.skipped} skipped, ${p.failed} failed; ${p.pages} pages (${p.ocrPages} OCR); ${rate.toFixed(2)} files/s${eta}`;
}

// Jobs finished by the runner are counted among `done` and `failed`, which also hold files
// settled before the run (unreadable ones); the difference does not matter for an estimate.
const finishedOfQueued = (p: ImportProgress) => Math.min(p.queued, p.done + p.failed);

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/** Shows progress on stderr: one redrawn line on a terminal, a plain line every 10 s otherwise. */
export function progressPrinter(io: Io): { update(p: ImportProgress): void; finish(): void } {
  let last = 0;
  let latest: ImportProgress | undefined;
  let drawn = false;
  return {
    update(p) {
      latest = p;
      const now = Date.now();
      if (io.isTTY) {
        if (now - last < REDRAW_MS) return;
        io.stderr(`\r\x1b[2K${progressLine(p)}`);
        drawn = true;
      } else {
        if (now - last < LOG_EVERY_MS) return;
        io.stderr(`${progressLine(p)}\n`);
      }
      last = now;
    },
    finish() {
      if (io.isTTY && drawn && latest) io.stderr(`\r\x1b[2K${progressLine(latest)}\n`);
    },
  };
}
