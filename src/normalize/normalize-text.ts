import { KHMER_ANY, KHMER_BASE, KHMER_LOOKALIKES, KHMER_MARK, khmerMarkRank } from '../lang/khmer-script.js';
import { type MappedText, mappedText, rewrite } from '../text/mapped-text.js';

// Invisible characters that carry no text: zero-width space/joiners, word joiner, invisible
// separator, BOM and soft hyphen. The corpus's truth files drop the same set.
const INVISIBLE = /[\u200B-\u200D\u2060\u2063\uFEFF\u00AD]/g;
// A PDF font that puts its dash glyph at code 0xAD extracts as a soft hyphen (`Singapore, March 8,
// 2015 \u00AD FOSSASIA will run`); between white space it cannot be a hyphenation point, so it is
// the dash it is printed as.
const SOFT_HYPHEN_AS_DASH = /(?<=^|\s)\u00AD+(?=\s)/g;
const HORIZONTAL_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const KHMER_CLUSTER_MARKS = new RegExp(`(?<=[${KHMER_BASE}])(?:\u17D2[${KHMER_BASE}]|[${KHMER_MARK}])+`, 'g');
// PDF text layers and OCR put a space before some Khmer dependent vowels (`វ ិស័យ`); a mark never
// starts a word, so such a space is always an artefact.
const LOOKALIKE = new RegExp(KHMER_LOOKALIKES.map(([from]) => from).join('|'), 'g');
const LOOKALIKE_TO = new Map(KHMER_LOOKALIKES);
const SPACE_BEFORE_KHMER_MARK = new RegExp(`(?<=[${KHMER_ANY}]) +(?=[${KHMER_MARK}])`, 'g');

/**
 * Normalizes raw text for extraction: NFC, invisible characters dropped, Khmer look-alike
 * spellings folded, Khmer clusters in storage order, line breaks unified, spaces collapsed, at most one blank line between paragraphs.
 * `origin` maps every unit of the result back to the raw text.
 */
export function normalizeText(raw: string | MappedText): MappedText {
  let t = typeof raw === 'string' ? mappedText(raw) : raw;
  t = rewrite(t, /\r\n?/g, () => '\n');
  t = rewrite(t, SOFT_HYPHEN_AS_DASH, () => '–');
  t = rewrite(t, INVISIBLE, () => '');
  t = rewrite(t, /\P{M}\p{M}+/gu, (m) => m[0].normalize('NFC'));
  t = rewrite(t, HORIZONTAL_SPACE, () => ' ');
  t = rewrite(t, SPACE_BEFORE_KHMER_MARK, () => '');
  t = rewrite(t, LOOKALIKE, (m) => LOOKALIKE_TO.get(m[0])!);
  t = rewrite(t, KHMER_CLUSTER_MARKS, (m) => orderKhmerMarks(m[0]));
  t = rewrite(t, / {2,}/g, () => ' ');
  t = rewrite(t, / *\n */g, () => '\n');
  t = rewrite(t, /\n{3,}/g, () => '\n\n');
  t = rewrite(t, /^\s+|\s+$/g, () => '');
  return t;
}

function orderKhmerMarks(marks: string): string {
  const units: string[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] === '\u17D2' && i + 1 < marks.length) {
      units.push(marks.slice(i, i + 2));
      i++;
    } else {
      units.push(marks[i]!);
    }
  }
  // A stable sort keeps the written order of marks of equal rank (two vowels, two subscripts).
  return units
    .map((unit, index) => ({ unit, index, rank: khmerMarkRank(unit) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((u) => u.unit)
    .join('');
}
