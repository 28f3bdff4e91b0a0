import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexStore } from '../index/index-store.js';
import { openIndex } from '../index/open-index.js';
import { organization, quote, speaker, testRelease } from '../index/test-releases.js';
import { EmptyInputError } from '../errors/input-errors.js';
import { createApiServer } from './api-server.js';

const TOKEN = 'a-token-of-sixteen-chars';
const release = testRelease('api-release', {
  date: '2020-05-01',
  speakers: [speaker('Nick Beresford', { en: 'Nick Beresford' }, { role: 'Resident Representative', organization: 'UNDP' })],
  organizations: [organization('UN Development Programme', { en: 'UN Development Programme', km: 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ' }, 'UNDP')],
  quotes: [quote('Innovation starts with civil servants.', 'en', 'Nick Beresford', { alignedWith: 1 }), quote('នវានុវត្តន៍ចាប់ផ្តើមពីមន្ត្រីរាជការ។', 'km', 'Nick Beresford', { alignedWith: 0 })],
});

describe('HTTP API', () => {
  const dir = mkdtempSync(join(tmpdir(), 'presspipe-api-'));
  let store: IndexStore;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    store = await openIndex(join(dir, 'index.sqlite'));
    server = createApiServer({
      store,
      version: '0.0.0-test',
      webDir: new URL('../../web', import.meta.url).pathname,
      token: TOKEN,
      maxUploadBytes: 64,
      upload: async ({ bytes, filename }) => {
        if (bytes.length === 0) throw new EmptyInputError(filename ?? 'upload');
        return { status: 'indexed', outcome: await store.upsertRelease(release), release };
      },
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: await response.json() };
  };
  const upload = (body: string, token?: string) =>
    fetch(`${base}/releases?filename=x.txt`, { method: 'POST', body, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuses uploads without the token, and too large ones, with JSON error codes', async () => {
    expect((await upload('hello')).status).toBe(401);
    expect(await (await upload('hello', 'wrong-token-of-16-chars!')).json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const tooLarge = await upload('x'.repeat(65), TOKEN);
    expect([tooLarge.status, (await tooLarge.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const empty = await upload('', TOKEN);
    expect([empty.status, (await empty.json()).error.code]).toEqual([422, 'EMPTY_INPUT']);
  });

  it('imports an upload and serves its quotes, speakers, organizations and release', async () => {
    const created = await upload('a document', TOKEN);
    expect(created.status).toBe(201);
    expect((await created.json()).outcome).toMatchObject({ status: 'new', releaseId: release.id });
    const quotes = await get('/quotes?text=civil%20servant&lang=en');
    expect(quotes.body.hits[0]).toMatchObject({ speaker: { name: 'Nick Beresford' }, alignedWith: { lang: 'km' } });
    expect((await get('/speakers?name=beresford')).body[0].names).toEqual({ en: 'Nick Beresford' });
    expect((await get('/organizations')).body[0]).toMatchObject({ acronym: 'UNDP', names: { km: 'កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ' } });
    expect((await get(`/releases/${release.id}`)).body).toMatchObject({ id: release.id, date: '2020-05-01' });
    const person = (await get('/speakers?name=beresford')).body[0];
    expect((await get(`/speakers/${person.id}`)).body.timeline).toEqual([
      { year: '2020', lang: 'en', quotes: 1 },
      { year: '2020', lang: 'km', quotes: 1 },
    ]);
  });

  it('answers bad parameters, unknown ids and missing documents with codes', async () => {
    expect(await get('/quotes?lang=fr&limit=0')).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect((await get('/quotes?lang=fr')).body.error.details).toEqual([expect.objectContaining({ parameter: 'lang' })]);
    expect(await get(`/releases/${'0'.repeat(64)}`)).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(await get('/releases/not-an-id')).toMatchObject({ status: 400 });
    expect(await get(`/releases/${release.id}/source`)).toMatchObject({ status: 404, body: { error: { code: 'NO_SOURCE_DOCUMENT' } } });
    expect(await get('/nothing-here')).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
  });

  it('describes every endpoint in OpenAPI from the zod schemas that validate it', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths).sort()).toEqual(['/organizations', '/quotes', '/releases', '/releases/{id}', '/releases/{id}/source', '/speakers', '/speakers/{id}']);
    const lang = body.paths['/quotes'].get.parameters.find((p: { name: string }) => p.name === 'lang');
    expect(lang.schema.enum).toEqual(['km', 'en']);
    expect(body.paths['/releases'].post.security).toEqual([{ bearer: [] }]);
  });

  it('serves the search page and its assets from presspipe itself, nothing from a CDN', async () => {
    const html = await (await fetch(`${base}/`)).text();
    expect(html).toContain('<script type="module" src="/app.js">');
    expect(html + readFileSync(new URL('../../web/app.js', import.meta.url), 'utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
