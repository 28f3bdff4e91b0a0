import { CONTACT_FIELD_LABELS } from '../../lang/contact-cues.js';
import { HEADER_FIELD_LABELS, RELEASE_DATE_LABELS } from '../../lang/header-labels.js';
import { KNOWN_ORGANIZATIONS } from '../../lang/organization-names.js';
import { findEnglishOrganizations } from '../organizations/english-organizations.js';
import { PAGE_NUMBER_WORDS, TITLE_BOILERPLATE } from '../../lang/title-boilerplate.js';
import type { LanguageCode, Warning } from '../../schema/release.js';
import { readDateline } from '../date/dateline.js';
import type { FieldContext, Span } from '../field-types.js';
import { frontMatterOf } from '../front-matter.js';
import { scriptLetterCounts } from '../../sections/script-letter-counts.js';
import { type SectionLine, sectionLines } from '../section-lines.js';

// A headline is a line, not a paragraph: longer lines are body text.
const MAX_TITLE_LENGTH = 250;
const BOILERPLATE = new Set(TITLE_BOILERPLATE.map((b) => b.toLowerCase()));
// A letterhead line that is only an institution's name (`ក្រសួងមុខងារសាធារណៈ`) is not the headline.
const escaped = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
// `Page 1 of 5`, `- 2 -`, `3/5`: page furniture a PDF repeats in its header or footer.
const PAGE_NUMBER = new RegExp(
  `^(?:(?:${escaped(PAGE_NUMBER_WORDS.page)})\\s*)?[\\d០-៩]+(?:\\s*(?:${escaped(PAGE_NUMBER_WORDS.of)})\\s*[\\d០-៩]+)?$|^-\\s*\\d+\\s*-?$`,
);
// `Tel: +855 23 …`, `Email: …`, `Ref: 12/2020`, `Embargo: …`: a field of the letterhead or header.
// `Subject:` stays: in a letter-style release it carries the headline.
const FIELD_LABELS = [...CONTACT_FIELD_LABELS, ...HEADER_FIELD_LABELS.filter((l) => l !== 'subject'), ...RELEASE_DATE_LABELS, 'address', 'p.o. box', 'po box', 'no.'];
const FIELD_LINE = new RegExp(`^(?:${escaped(FIELD_LABELS)})\\s*[:៖.]`, 'u');
const LETTERHEADS = new Set(KNOWN_ORGANIZATIONS.flatMap((o) => [...o.en, ...o.km]).map((n) => n.toLowerCase()));

/**
 * The headline of each language: the front matter's `title` in a website export, else the first
 * line of its sections that is not boilerplate, a letterhead institution name, a date line, a
 * byline or a link. TITLE_MISSING for a language with no headline.
 */
export function extractTitle(ctx: FieldContext): { title: { en?: string; km?: string }; evidence: Span[]; warnings: Warning[] } {
  const declared = frontMatterOf(ctx)?.fields.get('title');
  if (declared && declared.value.trim().length > 0) {
    const { khmer, latin } = scriptLetterCounts(declared.value);
    const lang: LanguageCode = khmer > latin ? 'km' : 'en';
    return { title: { [lang]: declared.value.replace(/\s+/g, ' ').trim() }, evidence: [declared.span], warnings: [] };
  }
  const title: { en?: string; km?: string } = {};
  const evidence: Span[] = [];
  const languages = new Set<LanguageCode>();
  const lines = sectionLines(ctx);
  lines.forEach((line, i) => {
    languages.add(line.lang);
    if (title[line.lang] !== undefined || !isHeadline(ctx.text, line)) return;
    const span = stripMarks(ctx.text, line, wrappedHeadlineEnd(ctx.text, lines, i));
    title[line.lang] = ctx.text.slice(span.start, span.end).replace(/\n(?=[.!?។៕”"’»)]+$)/, '').replace(/\s+/g, ' ');
    evidence.push(span);
  });
  const warnings: Warning[] = [...languages]
    .filter((lang) => title[lang] === undefined)
    .map((lang) => ({ code: 'TITLE_MISSING', message: `the ${lang} section has no headline line` }));
  return { title, evidence, warnings };
}

function isHeadline(text: string, line: SectionLine): boolean {
  if (line.text.length > MAX_TITLE_LENGTH) return false;
  const bare = line.text
    .replace(/[*_#~=៚៙❖-]/g, '')
    .replace(/[\s.:;,!]+$/, '')
    .trim()
    .toLowerCase();
  if (bare.length === 0 || BOILERPLATE.has(bare) || LETTERHEADS.has(bare) || PAGE_NUMBER.test(bare)) return false;
  if (FIELD_LINE.test(line.text.trim().toLowerCase()) || isOrganizationName(line.text)) return false;
  if (/^(?:https?:\/\/|www\.)|@|^\[/.test(bare)) return false;
  const { khmer, latin } = scriptLetterCounts(line.text);
  if (line.lang === 'km' ? khmer === 0 : latin === 0 || khmer > latin) return false;
  const dateline = readDateline(text, line);
  return dateline?.date === undefined && dateline?.lunarOnly === undefined;
}

/**
 * A letterhead line that only names its institution (`National Environment Agency`, `Embassy of
 * Japan in Cambodia`): a headline says what happened, not who is speaking.
 */
function isOrganizationName(lineText: string): boolean {
  const bare = lineText.replace(/[*_#]/g, '').trim().replace(/^the\s+/i, '');
  const [name] = findEnglishOrganizations(bare);
  // `… in Cambodia`, `…, Phnom Penh`: where the institution sits is part of its letterhead.
  return name !== undefined && !name.weak && name.start === 0 && /^(?:(?:,|\s+in)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)*)?\s*$/u.test(bare.slice(name.end));
}

const CLOSING_PUNCTUATION = /^[.!?។៕”"’»)]+$/;

/**
 * Where a headline wrapped over lines ends: it goes on into the next line of its paragraph when
 * that line continues it in lower case (`First batch of trials` / `at Sentosa underway`) or holds
 * only its closing punctuation (a lone `.`).
 */
function wrappedHeadlineEnd(text: string, lines: SectionLine[], first: number): number {
  let last = lines[first]!;
  for (const next of lines.slice(first + 1)) {
    const sameParagraph = next.section === last.section && !text.slice(last.end, next.start).includes('\n\n');
    const continues = /^\p{Ll}+(?!\p{L})/u.test(next.text) || CLOSING_PUNCTUATION.test(next.text);
    if (!sameParagraph || !continues || /[.!?។]$/.test(last.text)) break;
    last = next;
  }
  return last.end;
}

/** The headline from its line's start to `end`, without surrounding markdown emphasis (`**TITLE**`). */
function stripMarks(text: string, line: SectionLine, end: number): Span {
  let i = line.start;
  while (i < end && /[*_#\s]/.test(text[i]!)) i++;
  let j = end;
  while (j > i && /[*_\s]/.test(text[j - 1]!)) j--;
  return { start: i, end: j };
}
