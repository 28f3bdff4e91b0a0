import { timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import { isPresspipeError } from '../errors/presspipe-error.js';
import type { IndexStore, UpsertOutcome } from '../index/index-store.js';
import type { Release } from '../schema/release.js';
import { API_ROUTES, type ApiRoute, openApiDocument } from './api-routes.js';
import { errorBody, HttpError } from './http-errors.js';

/** What became of an upload: imported at once, or queued for the workers (indexed when its job finishes). */
export type UploadResult = { status: 'indexed'; outcome: UpsertOutcome; release: Release } | { status: 'queued'; jobId: string };

/** Stores an uploaded document: extracts and indexes it, or queues it. Throws a PresspipeError for bad input. */
export type UploadHandler = (upload: { bytes: Uint8Array; filename: string | null }) => Promise<UploadResult>;

/** What `presspipe serve` serves, all decided once at start-up. */
export interface ApiServerOptions {
  store: IndexStore;
  version: string;
  /** Folder with the search page (index.html, its script and style). */
  webDir: string;
  /** Bearer token required for writes; without one, writes are refused. */
  token?: string;
  maxUploadBytes: number;
  upload?: UploadHandler;
}

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const DOCUMENT_TYPES: Record<string, string> = {
  'application/pdf': 'application/pdf',
  'text/plain': 'text/plain; charset=utf-8',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/tiff': 'image/tiff',
};

/** The HTTP API and the search page over one index: node:http, every parameter validated by zod. */
export function createApiServer(options: ApiServerOptions): Server {
  return createServer((request, response) => {
    handle(request, response, options).catch((error: unknown) => {
      const known = error instanceof HttpError ? error : new HttpError(500, 'INTERNAL_ERROR', 'the server failed; see its log');
      if (!(error instanceof HttpError)) console.error(error);
      if (!response.headersSent) sendJson(response, known.status, errorBody(known));
      else response.destroy();
    });
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, options: ApiServerOptions): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://presspipe.local');
  const path = url.pathname.replace(/\/+$/, '') || '/';
  const method = request.method ?? 'GET';
  const { store } = options;

  if (method === 'GET' && path === '/openapi.json') return sendJson(response, 200, openApiDocument(options.version));
  if (method === 'GET' && (path === '/' || /^\/(app\.js|style\.css)$/.test(path))) return sendStatic(response, options.webDir, path === '/' ? 'index.html' : path.slice(1));

  const matched = matchRoute(method, path);
  if (!matched) throw new HttpError(404, 'NOT_FOUND', `no endpoint ${method} ${path}; see /openapi.json`);
  const { route, pathParams } = matched;
  const params = route.params ? validate(route.params, pathParams, 'path') : {};
  const query = route.query ? validate(route.query, Object.fromEntries(url.searchParams), 'query') : {};

  switch (route.operationId) {
    case 'searchQuotes':
      return sendJson(response, 200, await store.searchQuotes(query));
    case 'listSpeakers':
      return sendJson(response, 200, await store.listSpeakers(query));
    case 'listOrganizations':
      return sendJson(response, 200, await store.listOrganizations(query));
    case 'getSpeaker': {
      const person = await store.person(params.id as number);
      if (!person) throw new HttpError(404, 'NOT_FOUND', `no person ${params.id}`);
      return sendJson(response, 200, person);
    }
    case 'getRelease':
      return sendJson(response, 200, await foundRelease(store, params.id as string));
    case 'getReleaseSource': {
      const release = await foundRelease(store, params.id as string);
      const wanted = (query.source as string | undefined) ?? release.primarySourceId;
      const source = release.sources.find((s) => s.id === wanted);
      if (!source) throw new HttpError(404, 'NOT_FOUND', `release ${release.id} has no source ${wanted}`);
      const size = source.documentPath ? (await stat(source.documentPath).catch(() => null))?.size : undefined;
      if (!source.documentPath || size === undefined) {
        throw new HttpError(404, 'NO_SOURCE_DOCUMENT', `the index does not know where the document of source ${source.id} is`);
      }
      response.writeHead(200, {
        'content-type': DOCUMENT_TYPES[source.mediaType] ?? 'application/octet-stream',
        'content-length': size,
        'content-disposition': `inline; filename="${(source.filename ?? source.id).replace(/["\\\r\n]/g, '_')}"`,
      });
      createReadStream(source.documentPath).pipe(response);
      return;
    }
    case 'uploadRelease': {
      authorize(request, options.token);
      if (!options.upload) throw new HttpError(403, 'WRITES_DISABLED', 'this server takes no uploads');
      const bytes = await readBody(request, options.maxUploadBytes);
      try {
        const stored = await options.upload({ bytes, filename: (query.filename as string | undefined) ?? null });
        return sendJson(response, stored.status === 'queued' ? 202 : 201, stored);
      } catch (error) {
        if (isPresspipeError(error)) throw new HttpError(422, error.code, `${error.message}; ${error.hint}`);
        throw error;
      }
    }
  }
}

function matchRoute(method: string, path: string): { route: ApiRoute; pathParams: Record<string, string> } | null {
  for (const route of Object.values(API_ROUTES) as ApiRoute[]) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const pattern = new RegExp(`^${route.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
    const match = pattern.exec(path);
    if (match) return { route, pathParams: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)])) };
  }
  return null;
}

function validate(schema: z.ZodObject, input: Record<string, string>, where: string): Record<string, unknown> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  throw new HttpError(
    400,
    'BAD_REQUEST',
    `invalid ${where} parameters`,
    parsed.error.issues.map((i) => ({ parameter: i.path.join('.'), message: i.message })),
  );
}

async function foundRelease(store: IndexStore, id: string) {
  const release = await store.getRelease(id);
  if (!release) throw new HttpError(404, 'NOT_FOUND', `no release or source ${id}`);
  return release;
}

function authorize(request: IncomingMessage, token: string | undefined): void {
  if (!token) throw new HttpError(403, 'WRITES_DISABLED', 'the server was started without --token, so it takes no writes');
  const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'UNAUTHORIZED', 'writes need the header `Authorization: Bearer <token>`');
}

async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `uploads are limited to ${limit} bytes, this one declares ${declared}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `uploads are limited to ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function sendStatic(response: ServerResponse, dir: string, name: string): Promise<void> {
  const body = await readFile(join(dir, name));
  response.writeHead(200, { 'content-type': STATIC_TYPES[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  response.end(json);
}
