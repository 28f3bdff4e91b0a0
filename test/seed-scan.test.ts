import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PipelineOptionsSchema } from '../src/config/pipeline-options.js';
import { scoreRelease } from '../src/eval/score-release.js';
import { TruthSchema } from '../src/eval/truth-schema.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import { extractRelease } from '../src/pipeline/extract-release.js';
import type { Release } from '../src/schema/release.js';
import { jsonSchemaErrors } from './release-validator.js';

// Real OCR of a whole scanned release, in a child process cut off from the network.
const root = fileURLToPath(new URL('..', import.meta.url));
const truth = TruthSchema.parse(JSON.parse(readFileSync(`${root}fixtures/bilingual-seed.expected.json`, 'utf8')));
const offline = spawnSync('unshare', ['--net', 'true']).status === 0;

const extractOffline = async (fixture: string): Promise<Release> => {
  const command = offline ? 'unshare' : process.execPath;
  const args = [...(offline ? ['--net', process.execPath] : []), `${root}bin/presspipe.js`, 'extract', `${root}fixtures/${fixture}`];
  const { stdout } = await promisify(execFile)(command, args, { maxBuffer: 64 * 2 ** 20 });
  return JSON.parse(stdout);
};

const textVersion = () =>
  extractRelease(
    { bytes: readFileSync(`${root}fixtures/bilingual-seed.txt`), filename: 'bilingual-seed.txt' },
    PipelineOptionsSchema.parse({}),
    { ocr: createFakeOcrEngine(() => '') },
  );

describe('the seed as an image-only scan, OCRed with no network', () => {
  it('runs where the network is really cut off', () => {
    expect(offline, 'unshare --net is not permitted here: the scan test ran with the network up').toBe(true);
  });

  it('gives the same date, place, speakers, attributed quotes, contacts and organizations as the text', async () => {
    const [scan, text] = await Promise.all([extractOffline('bilingual-seed.scan.pdf'), textVersion()]);
    expect(jsonSchemaErrors(scan)).toEqual([]);
    expect(scan.pages.map((p) => p.method)).toEqual(['ocr', 'ocr', 'ocr']);

    expect(scan.date).toBe(text.date);
    expect(scan.place).toBe(text.place);
    const person = (r: Release) => r.speakers.map(({ name, role, organization }) => ({ name, role, organization }));
    expect(person(scan)).toEqual(person(text));
    const attributed = (r: Release) => r.quotes.map(({ lang, speaker, alignedWith }) => ({ lang, speaker, alignedWith }));
    expect(attributed(scan)).toEqual(attributed(text));
    expect(scan.contacts.map(({ evidence: _, ...c }) => c)).toEqual(text.contacts.map(({ evidence: _, ...c }) => c));
    expect(scan.organizations.map((o) => o.names.en)).toEqual(text.organizations.map((o) => o.names.en));

    // Quote texts carry OCR errors in their last words; by the corpus rules (the start of each
    // quote) every one still matches its truth quote and speaker.
    const startsOnly = { ...truth, quotes: truth.quotes.map(({ text_end: _, ...q }) => q) };
    const score = scoreRelease(scan, startsOnly, 'en');
    const found = (['km', 'en'] as const).reduce((n, lang) => n + (score.attributedQuotes[lang]?.found ?? 0), 0);
    expect(found).toBe(truth.quotes.length);

    const evidence = scan.quotes[0]!.evidence;
    expect(evidence.page).toBe(1);
    expect(evidence.confidence).toBeGreaterThan(0.5);
  });
});
