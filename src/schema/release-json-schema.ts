import { z } from 'zod';
import { ReleaseSchema, SCHEMA_VERSION } from './release.js';

/** The published JSON Schema of a release, generated from the zod contract. */
export function releaseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReleaseSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    ...schema,
    $id: `https://presspipe.dev/schemas/release-${SCHEMA_VERSION}.schema.json`,
    title: 'presspipe release',
  };
}

/** The exact text of `schemas/release.schema.json`. */
export function releaseJsonSchemaText(): string {
  return `${JSON.stringify(releaseJsonSchema(), null, 2)}\n`;
}
