import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { releaseJsonSchemaText } from './release-json-schema.js';

const target = fileURLToPath(new URL('../../schemas/release.schema.json', import.meta.url));
writeFileSync(target, releaseJsonSchemaText());
console.log(`wrote ${target}`);
