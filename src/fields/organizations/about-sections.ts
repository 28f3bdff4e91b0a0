import { ENGLISH_ABOUT_NON_NAMES } from '../../lang/organization-heads.js';
import { literalPattern, type OrganizationMention } from './organization-mention.js';

const NON_NAMES = new Set(ENGLISH_ABOUT_NON_NAMES);
// `About Sentosa Development Corporation`, `About the National Environment Agency`, `About iFly
// Singapore`: a heading line of its own, possibly glued to the end mark before it (`- END About Sentosa`).
const ABOUT_HEADING = /^(?:[-–—]*\s*END[S]?\s*[-–—]*\s+)?About (?:the )?((?:[\p{L}\p{N}][\p{L}\p{N}'’.&*-]*)(?: (?:of|for|and|&|de|the|[\p{L}\p{N}][\p{L}\p{N}'’.&*-]*)){0,7})[ \t]*$/gimu;
const MAX_NAME_LENGTH = 70;
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'the']);

/**
 * The organizations press releases describe in their `About <name>` boilerplate sections, one per
 * issuing body, with every other mention of the same name in the text.
 */
export function findAboutNames(text: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const foundAt = new Set<number>();
  // Every release of a long text repeats its boilerplate: a name already looked for finds nothing new.
  const searched = new Set<string>();
  ABOUT_HEADING.lastIndex = 0;
  for (let m = ABOUT_HEADING.exec(text); m !== null; m = ABOUT_HEADING.exec(text)) {
    const name = m[1]!.replace(/[.:]+$/, '');
    // A heading names a body when its words are capitalised (`iFly` counts) and its description follows:
    // `About 200 Cambodian workers returned` is a sentence.
    const words = name.split(' ').filter((w) => !CONNECTORS.has(w));
    if (!/^\p{L}/u.test(name) || !words.every((w) => /\p{Lu}/u.test(w)) || name.length > MAX_NAME_LENGTH) continue;
    if (name.split(' ').some((w) => NON_NAMES.has(w)) || !/\n[^\n]*\S/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 200))) continue;
    if (searched.has(name)) continue;
    searched.add(name);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${literalPattern(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const mention of text.matchAll(pattern)) {
      if (foundAt.has(mention.index)) continue;
      foundAt.add(mention.index);
      found.push({ start: mention.index, end: mention.index + mention[0].length, form: mention[0], lang: 'en', isAcronym: false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
