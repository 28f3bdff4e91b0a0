import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/normalize-text.js';
import type { Release } from '../src/schema/release.js';
import { splitSections } from '../src/sections/split-sections.js';
import { characterErrorRate } from '../src/text/character-error-rate.js';
import { seedAsPrinted } from './seed-as-printed.js';

// presspipe as another project gets it: `npm pack`, then an install of the tarball into an empty
// folder with no network, then the bin from there on the seed PDF. This is what catches a file
// missing from `files`, a dependency only present in presspipe's own node_modules, or an install
// that needs a script (the ActualText patch used to be applied by patch-package at install time).

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = (name: string) => join(root, 'fixtures', name);
const unshareAllowed = spawnSync('unshare', ['--net', 'true']).status === 0;
if (!unshareAllowed) console.warn('packed install test runs with the network: `unshare --net` is not permitted here');
const offline = (command: string, args: string[]) => (unshareAllowed ? ['unshare', ['--net', command, ...args]] : [command, args]) as [string, string[]];

const work = mkdtempSync(join(tmpdir(), 'presspipe-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// About 30 s alone (npm pack, npm ci, one extract); a machine whose cores are shared can take minutes.
const PACK_AND_INSTALL_TIMEOUT_MS = 600_000;

describe('presspipe packed and installed into an empty project', () => {
  it('extracts the seed PDF with 0% Khmer character errors', { timeout: PACK_AND_INSTALL_TIMEOUT_MS }, () => {
    buildIfStale();
    // Scripts off: `prepare` would rebuild dist/ while other test files run the bin from it.
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim();
    const app = join(work, 'app');
    mkdirSync(app);
    writeAppLock(app, `file:../${tarball}`);
    // Install scripts off too: presspipe has none (that is what this test proves), and better-sqlite3's
    // would compile SQLite from source for minutes (no prebuilt binary can be fetched); extract never
    // loads it.
    const install = spawnSync(...offline('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']), {
      cwd: app,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);

    const run = spawnSync(join(app, 'node_modules/.bin/presspipe'), ['extract', fixture('bilingual-seed.pdf')], { cwd: app, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const release = JSON.parse(run.stdout) as Release;
    expect(release.pages.map((p) => p.method)).toEqual(['text-layer', 'text-layer', 'text-layer']);
    expect(release.warnings.map((w) => w.code)).not.toContain('ACTUALTEXT_UNSUPPORTED');

    const truth = normalizeText(seedAsPrinted(readFileSync(fixture('bilingual-seed.txt'), 'utf8'))).text;
    const got = khmerText(release.text, release.sections);
    const expected = khmerText(truth, splitSections(truth).sections);
    expect(expected.length).toBeGreaterThan(1000);
    expect(characterErrorRate(expected, got, { ignoreWhitespace: true })).toBe(0);
  });
});

function khmerText(text: string, sections: Release['sections']): string {
  return sections.filter((s) => s.lang === 'km').map((s) => text.slice(s.start, s.end)).join('\n');
}

/**
 * An empty project that depends on the tarball, locked to the versions presspipe's own lock holds.
 * `npm ci --offline` then needs only tarballs in the npm cache (which installing presspipe put
 * there), not registry metadata, which no `npm ci` caches.
 */
function writeAppLock(app: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const { '': presspipe, ...installed } = lock.packages;
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { presspipe: tarball } },
    'node_modules/presspipe': { ...presspipe, resolved: tarball, devDependencies: undefined },
  };
  for (const [path, entry] of Object.entries(installed)) if (!entry.dev) packages[path] = entry;
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, dependencies: { presspipe: tarball } }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
}

/** `npm test` builds before vitest starts; a run of this file alone builds when sources changed since. */
function buildIfStale(): void {
  const newest = (dir: string, ext: string): number[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.endsWith(`.test${ext}`))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs);
  const sources = [...newest(join(root, 'src'), '.ts'), ...newest(join(root, 'workers'), '.ts')];
  let built: number[] = [];
  try {
    built = newest(join(root, 'dist'), '.js');
  } catch {
    // no dist/ yet
  }
  if (built.length === 0 || Math.max(...sources) > Math.min(...built)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
}
