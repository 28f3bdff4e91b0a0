import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter.js';

const EXPORT = [
  '---',
  'title: "Ministry opens\\',
  // The normalizer has dropped the indent YAML wants on a continued value.
  '\\ three centres"',
  'date: 2025-07-19',
  'image: "@/assets/news/photo-1.jpg"',
  'tags: []',
  '---',
  '',
  'Takeo Province, On the afternoon of July 5, 2025, a team trained students.',
].join('\n');

describe('readFrontMatter', () => {
  it('reads the scalar values of a website export with a YAML parser and says where each is written', () => {
    const fm = readFrontMatter(EXPORT)!;
    const title = fm.fields.get('title')!;
    expect(title.value).toBe('Ministry opens three centres');
    expect(EXPORT.slice(title.span.start, title.span.end)).toBe('Ministry opens\\\n\\ three centres');
    expect(EXPORT.slice(fm.fields.get('date')!.span.start, fm.fields.get('date')!.span.end)).toBe('2025-07-19');
    expect(fm.fields.get('date')?.value).toBe('2025-07-19');
    const image = fm.fields.get('image')!;
    expect(EXPORT.slice(image.span.start, image.span.end)).toBe('@/assets/news/photo-1.jpg');
    expect(fm.fields.has('tags')).toBe(false);
    expect(EXPORT.slice(fm.span.start, fm.span.end).endsWith('tags: []\n---')).toBe(true);
    expect(image.span.end).toBeLessThanOrEqual(fm.span.end);
  });

  it('reads a front matter whose lines a PDF print joined into one run, at the same offsets', () => {
    const printed = [
      '--- title: Ministry opens three centres description: In the morning of July 5, 2025, the minister opened them.',
      '',
      'date: 2025-07-19 author: Ministry of Posts and Telecommunications image: "@/assets/news/photo-1.jpg"',
      '',
      'tags: []',
      '',
      '---',
      '',
      'Takeo Province, July 5, 2025: students were trained.',
    ].join('\n');
    const fm = readFrontMatter(printed)!;
    const title = fm.fields.get('title')!;
    expect(title.value).toBe('Ministry opens three centres');
    expect(printed.slice(title.span.start, title.span.end)).toBe('Ministry opens three centres');
    expect(fm.fields.get('date')?.value).toBe('2025-07-19');
    expect(fm.fields.get('author')?.value).toBe('Ministry of Posts and Telecommunications');
    expect(printed.slice(fm.span.end).trim()).toBe('Takeo Province, July 5, 2025: students were trained.');
  });

  it('reads an exporter’s snake-case keys and a closing rule with the body joined after it', () => {
    const printed = "--- date: '2022-11-15' published_time: 2022-11-15 05:09:13-05:00 source_url: https://example.org/a/ b/ title: \"Partners Secure Targets\\\n\n\\ and Financing\"\n\n--- Today, at the summit, leaders met.";
    const fm = readFrontMatter(printed)!;
    expect(fm.fields.get('date')?.value).toBe('2022-11-15');
    // YAML keeps the escaped space after the line break; the title rule collapses white space.
    expect(fm.fields.get('title')?.value.replace(/\s+/g, ' ')).toBe('Partners Secure Targets and Financing');
    expect(fm.fields.get('published_time')?.value).toBe('2022-11-15 05:09:13-05:00');
    expect(printed.slice(fm.span.end).trim()).toBe('Today, at the summit, leaders met.');
  });

  it('reads metadata paragraphs that open the text without rules (OCR lost them, or a MultiMarkdown header)', () => {
    const scanned = 'title: Ministry opens three centres description: In the morning of July 5, 2025, it opened them.\n\ndate: 2025-07-19 author: Ministry of Posts\n\ntags: []\n\nIn the morning of July 5, 2025, the minister opened them.';
    const fm = readFrontMatter(scanned)!;
    expect(fm.fields.get('title')?.value).toBe('Ministry opens three centres');
    expect(fm.fields.get('date')?.value).toBe('2025-07-19');
    expect(scanned.slice(fm.span.end).trim()).toBe('In the morning of July 5, 2025, the minister opened them.');
    expect(readFrontMatter('title: A headline only\n\nThe body.')).toBeNull();
    expect(readFrontMatter('Note: the office is closed.\n\ndate: tomorrow')).toBeNull();
  });

  it('does not read a joined run as front matter when its keys are not front-matter keys', () => {
    expect(readFrontMatter('--- Note: the office is closed. Reason: holiday.\n---\nBody.')).toBeNull();
  });

  it('finds none in text that does not open with a YAML mapping between --- lines', () => {
    expect(readFrontMatter('Title\n\n---\n\ndate: 2025-07-19\n---')).toBeNull();
    expect(readFrontMatter('---\nA paragraph of prose, not metadata.\n---\nMore prose.')).toBeNull();
    expect(readFrontMatter('---\ntitle: never closed\n')).toBeNull();
  });
});

describe('readFrontMatter span, which quotes, reported speech and contacts skip', () => {
  it('ends after the closing --- of a YAML block at the top, folded values included', () => {
    const head = '---\ntitle: "Partners Secure Targets\\\n\\ and Financing"\nimage: "@/assets/a.webp"\ntags: []\n---\n';
    // The span ends with the closing `---` itself, before its line break.
    expect(readFrontMatter(`${head}\nBody “text”.`)?.span.end).toBe(head.length - 1);
  });

  it('is absent without front matter or when the block between rules is prose', () => {
    expect(readFrontMatter('Title\n---\nkey: "value"\n---\n')).toBeNull();
    expect(readFrontMatter('---\nA heading line\nand prose, “quoted”\n---\n')).toBeNull();
  });
});
