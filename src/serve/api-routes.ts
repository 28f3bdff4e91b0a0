import { z } from 'zod';
import { ListQuerySchema, QuoteQuerySchema } from '../index/index-store.js';

const ReleaseIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{64}$/).describe('release id or the id of one of its sources') });
const PersonIdParams = z.object({ id: z.coerce.number().int().positive().describe('person id') });
const SourceQuery = z.object({ source: z.string().regex(/^[0-9a-f]{64}$/).optional().describe('which source; default the one the quotes come from') });
const UploadQuery = z.object({ filename: z.string().min(1).max(255).optional().describe('original file name, kept in the release') });

/** One endpoint: its zod schemas validate the request and make its OpenAPI description. */
export interface ApiRoute {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { mediaTypes: string[]; description: string };
  writes?: boolean;
  responses: Record<string, string>;
}

const errors = { '400': 'BAD_REQUEST: a parameter is invalid (details lists each)', '500': 'INTERNAL_ERROR' };

/** Every endpoint of `presspipe serve`. */
export const API_ROUTES = {
  quotes: {
    method: 'GET',
    path: '/quotes',
    operationId: 'searchQuotes',
    summary: 'Search quotes: English words (stemmed) or any Khmer substring, filtered, ranked and paged; each with its translation',
    query: QuoteQuerySchema,
    responses: { '200': '{ total, hits[] }', ...errors },
  },
  speakers: {
    method: 'GET',
    path: '/speakers',
    operationId: 'listSpeakers',
    summary: 'People quoted in the archive with both name forms, aliases and roles over time',
    query: ListQuerySchema,
    responses: { '200': 'people[]', ...errors },
  },
  speaker: {
    method: 'GET',
    path: '/speakers/{id}',
    operationId: 'getSpeaker',
    summary: 'One person, with quote counts per year and language',
    params: PersonIdParams,
    responses: { '200': 'person with timeline[]', '404': 'NOT_FOUND', ...errors },
  },
  organizations: {
    method: 'GET',
    path: '/organizations',
    operationId: 'listOrganizations',
    summary: 'Organizations: one name with acronym, Khmer name and every spelling met',
    query: ListQuerySchema,
    responses: { '200': 'organizations[]', ...errors },
  },
  release: {
    method: 'GET',
    path: '/releases/{id}',
    operationId: 'getRelease',
    summary: 'A release: its sources (text, PDF, scan) and the release JSON its quotes come from',
    params: ReleaseIdParams,
    responses: { '200': 'release', '404': 'NOT_FOUND', ...errors },
  },
  source: {
    method: 'GET',
    path: '/releases/{id}/source',
    operationId: 'getReleaseSource',
    summary: 'The source document as imported (add #page=N to open a PDF at a page)',
    params: ReleaseIdParams,
    query: SourceQuery,
    responses: { '200': 'the document bytes', '404': 'NOT_FOUND or NO_SOURCE_DOCUMENT', ...errors },
  },
  upload: {
    method: 'POST',
    path: '/releases',
    operationId: 'uploadRelease',
    summary: 'Upload a document (the raw bytes as the body): extracted, stored and indexed at once, or, when the server has a queue, stored under the workers\' input root and queued',
    query: UploadQuery,
    body: { mediaTypes: ['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'text/plain'], description: 'the document' },
    writes: true,
    responses: {
      '201': '{ status: "indexed", outcome, release }: the index outcome and the release JSON',
      '202': '{ status: "queued", jobId }: queued for `presspipe worker`; indexed when the job finishes',
      '401': 'UNAUTHORIZED: no or wrong bearer token',
      '403': 'WRITES_DISABLED: the server was started without a token',
      '413': 'PAYLOAD_TOO_LARGE',
      '422': 'the document cannot be read (the extract error codes: EMPTY_INPUT, UNSUPPORTED_MEDIA_TYPE, …)',
      ...errors,
    },
  },
} as const satisfies Record<string, ApiRoute>;

/** The OpenAPI 3.1 document, generated from the zod schemas that validate each request. */
export function openApiDocument(version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of Object.values(API_ROUTES) as ApiRoute[]) {
    const parameters = [
      ...parametersOf(route.params, 'path'),
      ...parametersOf(route.query, 'query'),
    ];
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      parameters,
      ...(route.writes ? { security: [{ bearer: [] }] } : {}),
      ...(route.body
        ? { requestBody: { required: true, description: route.body.description, content: Object.fromEntries(route.body.mediaTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) } }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, description]) => [
          status,
          { description, ...(Number(status) >= 400 ? { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } : {}) },
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'presspipe', version, description: 'Quotes, speakers, organizations and releases of a presspipe index.' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} } } },
        },
      },
    },
  };
}

function parametersOf(schema: z.ZodObject | undefined, where: 'path' | 'query'): object[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { description?: string }>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}
