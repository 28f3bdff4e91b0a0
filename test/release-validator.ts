import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../schemas/release.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

/** Validates with Ajv against the published JSON Schema, independent of zod; returns the errors. */
export function jsonSchemaErrors(release: unknown): string[] {
  return validate(release) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
