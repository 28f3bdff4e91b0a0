import { KHMER_HONORIFICS } from '../../lang/khmer-honorifics.js';
import {
  KHMER_FAMILY_NAMES_LIKE_STOP_WORDS,
  KHMER_GLUED_NAME_STOPS,
  KHMER_NAME_STOP_WORDS,
  KHMER_PHRASE_JOINERS,
} from '../../lang/khmer-name-boundaries.js';
import { KHMER_SPEECH_VERBS } from '../../lang/khmer-speech-verbs.js';
import { KHMER_TITLE_WORDS } from '../../lang/khmer-titles.js';
import type { Gender, PersonMention } from './person-mention.js';

const HONORIFICS = [...KHMER_HONORIFICS].sort((a, b) => b.form.length - a.form.length);
const KHMER_LETTER = /[\u1780-\u17D3\u17DD]/;
const LATIN_NAME_TOKEN = /^[A-Z][A-Za-z\u00C0-\u024F'’.-]*$/;

// A speech verb glued after a name (លោកហេងមានប្រសាសន៍) ends it, and a name never opens with one or with a title.
const GLUED_STOPS = [...KHMER_GLUED_NAME_STOPS, ...KHMER_SPEECH_VERBS];
const STARTS_NOT_NAME = [...KHMER_NAME_STOP_WORDS, ...KHMER_SPEECH_VERBS, ...KHMER_TITLE_WORDS];

/** A Khmer honorific found in the text, and the person (or pronoun use) it introduces. */
export interface KhmerHonorificUse {
  /** Offset of the first honorific. */
  at: number;
  honorific: string;
  gender: Gender;
  /** The name after the honorific, or undefined when the honorific is used as a pronoun. */
  mention?: PersonMention;
  /** Offset just past the name (or the honorific when there is no name). */
  end: number;
}

/** Finds honorific uses in `text` between `start` and `end` (Khmer sections), in order. */
export function findKhmerHonorificUses(text: string, start: number, end: number): KhmerHonorificUse[] {
  const uses: KhmerHonorificUse[] = [];
  let i = start;
  while (i < end) {
    const h = honorificAt(text, i);
    if (!h || !startsPhrase(text, i, start)) {
      i++;
      continue;
    }
    const use = readAfterHonorific(text, i, end);
    uses.push(use);
    i = Math.max(use.end, i + 1);
  }
  return uses;
}

function honorificAt(text: string, i: number): { form: string; gender: Gender } | undefined {
  return HONORIFICS.find((h) => text.startsWith(h.form, i));
}

function startsPhrase(text: string, i: number, floor: number): boolean {
  if (i === floor) return true;
  const prev = text[i - 1]!;
  if (!KHMER_LETTER.test(prev)) return true;
  const before = text.slice(Math.max(floor, i - 6), i);
  return KHMER_PHRASE_JOINERS.some((j) => before.endsWith(j));
}

function readAfterHonorific(text: string, at: number, limit: number): KhmerHonorificUse {
  const honorifics: string[] = [];
  let gender: Gender = 'any';
  let pos = at;
  for (;;) {
    const h = honorificAt(text, pos);
    if (!h) break;
    honorifics.push(h.form);
    if (gender === 'any') gender = h.gender;
    pos += h.form.length;
    while (text[pos] === ' ' || text[pos] === '*') pos++;
  }
  // The outer honorific is the form of address; inner ones (កិត្តិបណ្ឌិត) are titles of rank.
  const honorific = honorifics[0]!;
  const base = { at, honorific, gender };
  const glued = pos === at + honorific.length && honorifics.length === 1;
  const name = /[A-Z]/.test(text[pos] ?? '') ? readLatinName(text, pos, limit) : readKhmerName(text, pos, limit, glued);
  if (!name) return { ...base, end: pos };
  return {
    ...base,
    end: name.end,
    mention: { name: text.slice(name.start, name.end), span: name, honorific, gender, lang: 'km' },
  };
}

function readLatinName(text: string, pos: number, limit: number): { start: number; end: number } | undefined {
  const re = /[A-Z][A-Za-z\u00C0-\u024F'’.-]*/y;
  let end = pos;
  let count = 0;
  let p = pos;
  while (p < limit && count < 4) {
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m || !LATIN_NAME_TOKEN.test(m[0])) break;
    end = p + m[0].replace(/[.’']+$/, '').length;
    count++;
    p += m[0].length;
    if (text[p] !== ' ' || !/[A-Z]/.test(text[p + 1] ?? '')) break;
    p++;
  }
  return count > 0 ? { start: pos, end } : undefined;
}

// Khmer personal names are one or two space-separated words (family name, given name). Written
// right after the honorific without a space, a single word is more often a verb (លោកស្គាល់ "he
// knows") than a name, so a glued name needs both words (លោកហ៊ុន សែន).
function readKhmerName(
  text: string,
  pos: number,
  limit: number,
  glued: boolean,
): { start: number; end: number } | undefined {
  let words = 0;
  let end = pos;
  let p = pos;
  for (let count = 0; count < 2 && p < limit; count++) {
    const m = /^[\u1780-\u17D3\u17DD]+/.exec(text.slice(p, Math.min(limit, p + 40)));
    if (!m) break;
    let word = m[0];
    // Right after the honorific a short particle may open a name (លោក ថារ៉ូ); later it ends it.
    const stops = count === 0 ? STARTS_NOT_NAME.filter((w) => w.length > 2) : STARTS_NOT_NAME;
    const familyName = count === 0 && KHMER_FAMILY_NAMES_LIKE_STOP_WORDS.includes(word) && startsSecondNameWord(text, p + word.length);
    if (!familyName && (stops.some((w) => word.startsWith(w)) || KHMER_NAME_STOP_WORDS.includes(word))) break;
    const cut = gluedCut(word);
    if (cut > 0) word = word.slice(0, cut);
    if (word.length > 12) break;
    end = p + word.length;
    words++;
    if (cut > 0 || text[end] !== ' ') break;
    p = end + 1;
  }
  if (glued && words < 2) return undefined;
  return end > pos ? { start: pos, end } : undefined;
}

function startsSecondNameWord(text: string, at: number): boolean {
  if (text[at] !== ' ') return false;
  const next = /^[\u1780-\u17D3\u17DD]+/.exec(text.slice(at + 1, at + 41))?.[0];
  return next !== undefined && next.length <= 12 && !STARTS_NOT_NAME.some((w) => next.startsWith(w)) && !KHMER_NAME_STOP_WORDS.includes(next);
}

function gluedCut(word: string): number {
  let cut = -1;
  for (const w of GLUED_STOPS) {
    const k = word.indexOf(w, 2);
    if (k > 0 && (cut < 0 || k < cut)) cut = k;
  }
  return cut;
}
