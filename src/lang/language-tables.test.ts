import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize/normalize-text.js';
import { hasKhmer } from './khmer-script.js';

// Extractors match table words against normalized text, so a word the normalizer would rewrite
// (subscript DA for TA, COENG RO before another subscript, a zero-width space) can never match.
const dir = new URL('./', import.meta.url);
const tableFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'khmer-script.ts');

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
};

describe('language tables', () => {
  it.each(tableFiles)('%s writes every Khmer word the way the normalizer does', async (file) => {
    const table = await import(new URL(file, dir).href);
    const khmer = Object.values(table).flatMap(strings).filter(hasKhmer);
    expect(khmer.filter((word) => normalizeText(word).text !== word)).toEqual([]);
  });
});
