import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { describeIndexStore } from '../index-store.conformance.js';
import { openIndex } from '../open-index.js';

const dir = mkdtempSync(join(tmpdir(), 'presspipe-index-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeIndexStore('SQLite', () => openIndex(join(dir, `index-${n++}.sqlite`)));
