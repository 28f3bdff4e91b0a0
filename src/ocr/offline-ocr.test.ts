import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `unshare --net` gives the child a network namespace with no interfaces up: any download
// attempt (tesseract.js falls back to a CDN without `langPath`) fails at once.
const unshareAllowed = spawnSync('unshare', ['--net', 'true']).status === 0;
if (!unshareAllowed) console.warn('offline OCR test skipped: `unshare --net` is not permitted here (needs root or user namespaces)');

const engineModule = fileURLToPath(new URL('./tesseract-engine.ts', import.meta.url));
const image = fileURLToPath(new URL('./test-data/crop-eng-para2-scan.png', import.meta.url));

const childScript = `
import { readFileSync } from 'node:fs';
import { createTesseractEngine } from ${JSON.stringify(engineModule)};
const network = await fetch('http://1.1.1.1/').then(() => 'online', () => 'offline');
const engine = createTesseractEngine({ workers: 1 });
const result = await engine.recognize({ encoded: readFileSync(${JSON.stringify(image)}), dpi: 300 });
await engine.close();
console.log(JSON.stringify({ network, text: result.text }));
`;

describe('OCR without a network', () => {
  it.skipIf(!unshareAllowed)('reads a page in a process that has no network', () => {
    // A script file, not `-e`: tesseract.js's worker threads inherit the flags of the process.
    const dir = mkdtempSync(join(tmpdir(), 'presspipe-offline-'));
    const script = join(dir, 'read-offline.mts');
    writeFileSync(script, childScript);
    const child = spawnSync('unshare', ['--net', process.execPath, '--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 90_000,
      cwd: fileURLToPath(new URL('.', import.meta.url)),
    });
    rmSync(dir, { recursive: true, force: true });
    expect(child.status, child.stderr).toBe(0);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { network: string; text: string };
    expect(report.network).toBe('offline');
    expect(report.text).toContain('The Ministry of Civil Service and the UNDP in Cambodia');
  });
});
