import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments } from './eval-documents.js';

const truth = JSON.stringify({ languages: ['en'], date: null, place: null, speakers: [], quotes: [], contacts: [], organizations: [] });

/** A corpus of a dev document (101) with an original PDF and a held-out one (103) without, and their renderings. */
function corpusWithRenderings(): { corpus: string; renderings: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'presspipe-corpus-'));
  const renderings = mkdtempSync(join(tmpdir(), 'presspipe-renderings-'));
  for (const stem of ['101', '103']) {
    writeFileSync(join(corpus, `${stem}.txt`), 'text');
    writeFileSync(join(corpus, `${stem}.truth.json`), truth);
    writeFileSync(join(renderings, `${stem}.pdf`), '%PDF');
    writeFileSync(join(renderings, `${stem}.scan.pdf`), '%PDF');
  }
  writeFileSync(join(corpus, '101.pdf'), '%PDF');
  return { corpus, renderings };
}

describe('corpusDocuments', () => {
  it('lists the texts alone by default, each with its half', () => {
    const { corpus } = corpusWithRenderings();
    expect(corpusDocuments(corpus).map((d) => [d.name, d.corpus?.half, d.corpus?.input])).toEqual([
      ['corpus/101', 'dev', 'text'],
      ['corpus/103', 'heldOut', 'text'],
    ]);
  });

  it('lists every input path asked for, input by input, the original PDF only where there is one', () => {
    const { corpus, renderings } = corpusWithRenderings();
    const docs = corpusDocuments(corpus, { inputs: ['text', 'pdf', 'scan', 'original'], renderings });
    expect(docs.map((d) => d.name)).toEqual([
      'corpus/101',
      'corpus/103',
      'corpus/101 pdf',
      'corpus/103 pdf',
      'corpus/101 scan',
      'corpus/103 scan',
      'corpus/101 original',
    ]);
    expect(docs.map((d) => d.path.slice(d.path.lastIndexOf('/') + 1))).toEqual([
      '101.txt',
      '103.txt',
      '101.pdf',
      '103.pdf',
      '101.scan.pdf',
      '103.scan.pdf',
      '101.pdf',
    ]);
    expect(docs[2]!.path.startsWith(renderings)).toBe(true);
    expect(docs[6]!.path.startsWith(corpus)).toBe(true);
  });

  it('refuses to score a rendering that is missing rather than skip it', () => {
    const { corpus } = corpusWithRenderings();
    const empty = mkdtempSync(join(tmpdir(), 'presspipe-renderings-'));
    expect(() => corpusDocuments(corpus, { inputs: ['scan'], renderings: empty })).toThrow(/101\.scan\.pdf is missing: run .*make-corpus-renderings/);
    expect(() => corpusDocuments(corpus, { inputs: ['pdf'] })).toThrow(/renderings folder/);
  });
});
