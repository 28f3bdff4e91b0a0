import { mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import type { IndexStore } from '../src/index/index-store.js';
import { openIndex } from '../src/index/open-index.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import { openPipelineDeps } from '../src/pipeline/open-pipeline-deps.js';
import { createApiServer } from '../src/serve/api-server.js';

// The search page end to end in headless Chromium (Debian's, installed by .ci/run): type a query,
// see the quote with its Khmer translation beside it, open the speaker's page; the screenshot is the
// one the README shows.
const CHROMIUM = '/usr/bin/chromium';
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('search page in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'presspipe-page-'));
  let store: IndexStore;
  let server: Server;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    store = await openIndex(join(dir, 'index.sqlite'));
    const options = PipelineOptionsSchema.parse({ ocr: 'never' });
    const deps = await openPipelineDeps(options);
    try {
      for (const name of ['bilingual-seed.txt', 'bilingual-seed.pdf']) {
        const release = await extractRelease({ bytes: await readFile(fixture(name)), filename: name }, options, deps);
        await store.upsertRelease(release, { documentPath: fixture(name) });
      }
    } finally {
      await deps.close();
    }
    server = createApiServer({ store, version: 'test', webDir: fileURLToPath(new URL('../web', import.meta.url)), maxUploadBytes: 1 });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A fresh profile per run (playwright takes it as an argument rather than as --user-data-dir).
    browser = await chromium.launchPersistentContext(join(dir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a quote from the keyboard and shows it beside its Khmer translation', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(base);
    await page.keyboard.press('/');
    await page.keyboard.type('public services');
    await page.selectOption('select[name=lang]', 'en');
    await page.keyboard.press('Enter');
    await page.locator('#results .hit').first().waitFor();
    expect(await page.locator('#status').textContent()).toBe('1 quote found');
    const hit = page.locator('#results .hit').first();
    expect(await hit.locator('blockquote[lang=en]').textContent()).toContain('public services');
    expect(await hit.locator('blockquote[lang=km]').textContent()).toContain('កម្លាំងចលករទាំងនេះ');
    expect(await hit.locator('.meta').textContent()).toContain('Minister of Civil Service');
    expect(await hit.locator('a', { hasText: 'source, page' }).getAttribute('href')).toMatch(/\/source\?source=[0-9a-f]{64}#page=2$/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('blockquote[lang=km]')!).fontFamily)).toContain('Khmer');
    // The README's screenshot is rewritten only on request, so a test run leaves the checkout clean.
    const shot = process.env.UPDATE_SCREENSHOT === '1' ? fileURLToPath(new URL('../docs/search-page.png', import.meta.url)) : join(dir, 'search-page.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG');

    await hit.getByRole('link', { name: /Pech Bunthin/ }).click();
    await page.locator('svg.timeline').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Pech Bunthin · ពេជ្រ ប៊ុនធីន');
    expect(await page.locator('svg.timeline').getAttribute('aria-label')).toBe('2019: 1 English, 1 Khmer');
    await page.close();
  });

  it('fits a phone screen: the pair stacks in one column', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 380, height: 800 });
    await page.goto(`${base}/#/?text=${encodeURIComponent('សេវាសាធារណៈ')}`);
    await page.locator('#results .hit').first().waitFor();
    const [km, en] = await Promise.all(['km', 'en'].map((lang) => page.locator(`#results .hit blockquote[lang=${lang}]`).first().boundingBox()));
    expect(en!.y).toBeGreaterThan(km!.y + km!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await page.close();
  });
});
