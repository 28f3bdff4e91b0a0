import { latinParagraphLanguage } from './latin-paragraph-language.js';
import type { LanguageCode, Section, Warning } from '../schema/release.js';
import { scriptLetterCounts } from './script-letter-counts.js';
// A Khmer paragraph names people and bodies in Latin letters (`លោក Nick Beresford`, `(UNDP)`);
// a paragraph is Khmer when Khmer letters make up this share of its letters.
const KHMER_SHARE = 0.3;
// Latin runs shorter than this (mastheads, bylines, `ENDS`) next to Khmer are not an English section.
const MIN_LATIN_SECTION_LETTERS = 60;
// Markup whose letters are not prose in any language: markdown images (`![photo 1](@/assets/…)`,
// alt text included), the targets of markdown links (their text stays), and bare web addresses.
const MARKUP_TARGETS = /(!?)\[([^\]\n]*)\]\([^)\s]*\)|\b(?:https?:\/\/|www\.)\S+/g;
// franc needs some length before its answer means anything (see notes/ocr-pdf-facts.md).
const FRANC_MIN_LETTERS = 120;

interface Block {
  start: number;
  end: number;
  lang: LanguageCode | null;
  latin: number;
}

/** The result of splitting: sections, and warnings about runs whose language is in doubt. */
export interface SectionSplit {
  sections: Section[];
  warnings: Warning[];
}

/**
 * Splits normalized text into Khmer and English sections by script, line by line, and asks franc
 * to confirm that long Latin paragraphs are English.
 */
export function splitSections(text: string): SectionSplit {
  const lineBlocks = lines(text);
  const sections = absorbShortLatin(merge(lineBlocks)).map((b) => ({ lang: b.lang ?? 'en', start: b.start, end: b.end }));
  const warnings: Warning[] = [];
  for (const line of lineBlocks) {
    if (line.lang !== 'en' || line.latin < FRANC_MIN_LETTERS) continue;
    const guess = latinParagraphLanguage(text.slice(line.start, line.end), 10);
    if (guess !== 'eng' && guess !== 'und') {
      warnings.push({
        code: 'SECTION_LANGUAGE_UNCERTAIN',
        message: `a Latin-script paragraph reads as ISO 639-3 \`${guess}\`, not English; it is kept as English`,
        evidence: { start: line.start, end: line.end },
      });
    }
  }
  return { sections, warnings };
}

function lines(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const { khmer, latin } = scriptLetterCounts(line.replace(MARKUP_TARGETS, (_, image, linkText) => (image ? '' : (linkText ?? ''))));
    let lang: LanguageCode | null = null;
    if (khmer > 0 && khmer >= KHMER_SHARE * (khmer + latin)) lang = 'km';
    else if (latin > 0) lang = 'en';
    if (line.trim().length > 0) blocks.push({ start, end, lang, latin });
    start = end + 1;
  }
  return blocks;
}

function merge(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (last && (block.lang === null || last.lang === null || block.lang === last.lang)) {
      last.end = block.end;
      last.lang ??= block.lang;
      last.latin += block.latin;
    } else {
      out.push({ ...block });
    }
  }
  return out;
}

function absorbShortLatin(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.lang === 'km')) return blocks;
  const marked = blocks.map((b) => (b.lang === 'en' && b.latin < MIN_LATIN_SECTION_LETTERS ? { ...b, lang: null } : b));
  return marked.length === blocks.length && marked.every((b, i) => b.lang === blocks[i]!.lang) ? blocks : merge(marked);
}
