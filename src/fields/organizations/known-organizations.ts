import { KHMER_GENITIVE_WORDS } from '../../lang/organization-heads.js';
import { KNOWN_ORGANIZATIONS } from '../../lang/organization-names.js';
import { normalizeText } from '../../normalize/normalize-text.js';
import { SpanIndex } from '../span-index.js';
import { formLanguage, literalPattern, type OrganizationMention } from './organization-mention.js';

interface KnownForm {
  known: number;
  form: string;
  /** The regex source; compiled on the first text that holds `anchor`. */
  source: string;
  /**
   * Built lazily: each of the ~250 patterns has Unicode property classes (`\p{L}`), which V8 expands
   * when a regex is constructed, and building them all cost ~60 ms of every start-up.
   */
  pattern?: RegExp;
  isAcronym: boolean;
  byTitle: boolean;
  /** A piece of `form` every match contains as written, checked before the regex runs. */
  anchor: string;
}

const LATIN_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const LATIN_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A regex source for a Latin name in which a possessive `’s` may be missing or on another word:
 * writers misplace it (`Cambodian's People Party` for `Cambodian People’s Party`).
 */
function latinPattern(form: string): string {
  const words = form.split(' ').map((w) => `${literalPattern(w.replace(/['’]s$/, ''))}(?:['’]s)?`);
  return `${LATIN_EDGE_BEFORE}${words.join('(?: |\\n(?!\\n))')}${LATIN_EDGE_AFTER}`;
}

/**
 * The longest piece of a form that any match of its pattern contains literally: the patterns let
 * spaces, apostrophes, a possessive `’s` and subscript TA/DA vary, so the pieces between them are
 * what is sure. With ~250 forms, skipping those whose anchor is absent saves ~250 passes over the text.
 */
function anchorOf(form: string): string {
  const pieces = form.split(/[\s'’]|្[តដ]/u).filter((p) => p.length > 0);
  return pieces.reduce((longest, p) => (p.length > longest.length ? p : longest), '');
}

// Longest forms first, so `គណបក្សប្រជាជនកម្ពុជា` wins over `គណបក្សប្រជាជន`.
const KNOWN_FORMS: readonly KnownForm[] = KNOWN_ORGANIZATIONS.flatMap((org, known) =>
  // Table forms are matched against normalized text, so they are normalized the same way.
  [...org.en, ...org.km, ...(org.acronym ? [org.acronym] : [])].flatMap((written) => {
    const form = normalizeText(written).text;
    const isAcronym = written === org.acronym;
    // Khmer has no word spaces, so a Khmer name is found inside longer runs; a Latin one needs edges.
    if (formLanguage(form) === 'km') {
      return [{ known, form, source: literalPattern(form), isAcronym, byTitle: false, anchor: anchorOf(form) }];
    }
    const forms: KnownForm[] = [{ known, form, source: latinPattern(form), isAcronym, byTitle: false, anchor: anchorOf(form) }];
    // `Minister of Social Affairs ... Vong Sauth` names the ministry through its minister's title.
    if (form.startsWith('Ministry of ')) {
      const title = form.replace(/^Ministry/, 'Minister');
      forms.push({ known, form: title, source: latinPattern(title), isAcronym: false, byTitle: true, anchor: anchorOf(title) });
    }
    return forms;
  }),
).sort((a, b) => b.form.length - a.form.length);

const KHMER_GENITIVE = new RegExp(`(?:${KHMER_GENITIVE_WORDS.map(literalPattern).join('|')})`, 'g');

/** Every mention of a KNOWN_ORGANIZATIONS name or acronym, longest first, without overlaps. */
export function findKnownOrganizations(text: string): OrganizationMention[] {
  const mentions: OrganizationMention[] = [];
  const taken = new SpanIndex<OrganizationMention>();
  for (const known of KNOWN_FORMS) {
    if (!text.includes(known.anchor)) continue;
    const pattern = (known.pattern ??= new RegExp(known.source, 'gu'));
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (taken.overlaps(m.index, end)) continue;
      const mention: OrganizationMention = {
        start: m.index,
        end,
        form: m[0],
        lang: formLanguage(m[0]),
        isAcronym: known.isAcronym,
        known: known.known,
        ...(known.byTitle ? { byTitle: true } : {}),
      };
      mentions.push(mention);
      taken.add(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Known Khmer names inside a longer name after a genitive (គណៈកម្មាធិការសេដ្ឋកិច្ចរបស់`អង្គការសហប្រជាជាតិ`):
 * the longer name also names the body it belongs to.
 */
export function findNestedKnownOrganizations(text: string, mentions: readonly OrganizationMention[]): OrganizationMention[] {
  const nested: OrganizationMention[] = [];
  for (const outer of mentions.filter((m) => m.lang === 'km')) {
    for (const genitive of outer.form.matchAll(KHMER_GENITIVE)) {
      const from = outer.start + genitive.index + genitive[0].length;
      const inner = findKnownOrganizations(text.slice(from, outer.end)).find((m) => m.start === 0 && m.lang === 'km');
      if (inner) nested.push({ ...inner, start: from, end: from + inner.end });
    }
  }
  return nested;
}
