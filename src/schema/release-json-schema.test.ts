import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { releaseJsonSchemaText } from './release-json-schema.js';

const committed = readFileSync(new URL('../../schemas/release.schema.json', import.meta.url), 'utf8');

describe('schemas/release.schema.json', () => {
  it('is the schema generated from the zod contract (run `npm run schema` when this fails)', () => {
    expect(committed).toBe(releaseJsonSchemaText());
  });

  it('is a valid JSON Schema 2020-12 that an independent validator compiles', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    expect(() => ajv.compile(JSON.parse(committed))).not.toThrow();
  });
});
