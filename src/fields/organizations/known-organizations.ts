import { KNOWN_ORGANIZATIONS } from '../../lang/organization-names.js';
import { normalizeText } from '../../normalize/normalize-text.js';
import { formLanguage, literalPattern, type OrganizationMention } from './organization-mention.js';

interface KnownForm {
  known: number;
  form: string;
  pattern: RegExp;
  isAcronym: boolean;
}

const LATIN_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const LATIN_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

// Longest forms first, so `គណបក្សប្រជាជនកម្ពុជា` wins over `គណបក្សប្រជាជន`.
const KNOWN_FORMS: readonly KnownForm[] = KNOWN_ORGANIZATIONS.flatMap((org, known) =>
  // Table forms are matched against normalized text, so they are normalized the same way.
  [...org.en, ...org.km, ...(org.acronym ? [org.acronym] : [])].map((written) => {
    const form = normalizeText(written).text;
    const latin = formLanguage(form) === 'en';
    // Khmer has no word spaces, so a Khmer name is found inside longer runs; a Latin one needs edges.
    const source = latin ? `${LATIN_EDGE_BEFORE}${literalPattern(form)}${LATIN_EDGE_AFTER}` : literalPattern(form);
    return { known, form, pattern: new RegExp(source, 'gu'), isAcronym: written === org.acronym };
  }),
).sort((a, b) => b.form.length - a.form.length);

/** Every mention of a KNOWN_ORGANIZATIONS name or acronym, longest first, without overlaps. */
export function findKnownOrganizations(text: string): OrganizationMention[] {
  const mentions: OrganizationMention[] = [];
  const taken = (start: number, end: number): boolean => mentions.some((m) => m.start < end && start < m.end);
  for (const known of KNOWN_FORMS) {
    known.pattern.lastIndex = 0;
    for (let m = known.pattern.exec(text); m !== null; m = known.pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (taken(m.index, end)) continue;
      mentions.push({ start: m.index, end, form: m[0], lang: formLanguage(m[0]), isAcronym: known.isAcronym, known: known.known });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
