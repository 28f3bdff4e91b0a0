import { hasKhmer } from '../../lang/khmer-script.js';
import { findContactBlockLines, leadingRoleWords } from '../contacts/contact-block.js';
import { KHMER_ORGANIZATION_HEADS, KHMER_OWNER_LINKS } from '../../lang/organization-heads.js';
import { KNOWN_ORGANIZATIONS } from '../../lang/organization-names.js';
import type { Organization, Warning } from '../../schema/release.js';
import type { FieldContext, Span } from '../field-types.js';
import { SpanIndex } from '../span-index.js';
import { findAboutNames } from './about-sections.js';
import { findEnglishOrganizations, findListedCompanies, hasEnglishHead } from './english-organizations.js';
import { findClassifiedLatinNames, findKhmerOrganizations, findKhmerSchools, findProvincialAdministrations } from './khmer-organizations.js';
import { isCambodianOwner, khmerOwnerSuffix } from './khmer-owner-suffix.js';
import { findKnownOrganizations, findNestedKnownOrganizations } from './known-organizations.js';
import { findListedSiblings } from './listed-siblings.js';
import { findRoleAffiliations } from './role-affiliations.js';
import { formLanguage, literalPattern, type OrganizationMention } from './organization-mention.js';
import { DOTTED_ACRONYM, findParenthesizedPairs } from './parenthesized-names.js';

/**
 * The distinct organizations named in the text, each once: known names (data table, also inside a
 * longer name after a genitive), English capitalised phrases with a head noun, Khmer names starting
 * with a head noun (with the country that owns them), Latin brand names after a Khmer business noun,
 * and names defined with an acronym or other-language name in parentheses. Khmer and English names of one
 * organization are paired through the table and the parentheses; `mentions` lists every occurrence.
 */
export function extractOrganizations(ctx: FieldContext): { organizations: Organization[]; warnings: Warning[] } {
  const text = ctx.text;
  const known = findKnownOrganizations(text).map((m) => withKhmerOwner(text, m));
  const mentions = withoutOverlaps(known, [...findEnglishOrganizations(text), ...findKhmerOrganizations(text), ...findClassifiedLatinNames(text), ...findProvincialAdministrations(text), ...findKhmerSchools(text)]);
  const groups = new UnionFind<OrganizationMention>();
  for (const mention of mentions) groups.add(mention);
  // `World Sport Group` over a name in a contact block is the body that person speaks for; on a
  // line a PDF reader joined, the role before it is not part of its name.
  const byPlace = new SpanIndex(mentions);
  for (const line of findContactBlockLines(text).flat()) {
    for (const mention of byPlace.within(line.start, line.end)) {
      mention.weak = false;
      const words = mention.form.split(' ');
      const role = words.slice(0, leadingRoleWords(words)).join(' ');
      if (role.length === 0) continue;
      mention.form = mention.form.slice(role.length + 1);
      mention.start += role.length + 1;
    }
  }
  const places = new MentionPlaces(mentions);
  for (const about of [...findAboutNames(text), ...findListedCompanies(text)]) {
    const mention = adopt(mentions, about, groups, places);
    if (mention) mention.weak = false;
  }

  for (const sibling of [...findListedSiblings(text, mentions), ...findRoleAffiliations(text)]) {
    const mention = adopt(mentions, sibling, groups, places);
    if (mention) mention.weak = false;
  }

  for (const { name, alias } of findParenthesizedPairs(text, mentions)) {
    const nameMention = adopt(mentions, name, groups, places);
    const aliasMention = adopt(mentions, alias, groups, places);
    if (nameMention && aliasMention) groups.union(nameMention, aliasMention);
    const acronym = alias.isAcronym ? alias.form : alias.acronym;
    if (acronym && nameMention) nameMention.acronym = acronym;
  }
  for (const acronym of new Set(mentions.flatMap((m) => (m.acronym ? [m.acronym] : [])))) {
    for (const found of findAcronym(text, acronym)) adopt(mentions, found, groups, places);
  }
  for (const nested of findNestedKnownOrganizations(text, mentions)) {
    mentions.push(nested);
    groups.add(nested);
  }
  joinSameNames(mentions, groups);
  // The known table lists Cambodian bodies: a title (`Minister of Foreign Affairs George Yeo`) names
  // one of them only in a text about Cambodia, else it is another country's ministry.
  const cambodian = CAMBODIA.test(text);

  const organizations = groups
    .groups()
    .filter((group) => group.some((m) => !m.weak && (!m.byTitle || cambodian)))
    .map(toOrganization)
    .filter((org): org is Organization => org !== null)
    .sort((a, b) => a.evidence.start - b.evidence.start);
  return { organizations, warnings: [] };
}

/**
 * A known Khmer name with its owner glued after it (ក្រសួងការបរទេស + ថៃ): the table lists Cambodian
 * bodies, so a foreign owner makes it another organization, which is no longer the known one.
 */
function withKhmerOwner(text: string, mention: OrganizationMention): OrganizationMention {
  if (mention.lang !== 'km') return mention;
  const owner = khmerOwnerSuffix(text, mention.end);
  if (!owner || isCambodianOwner(owner)) return mention;
  const { known: _known, ...rest } = mention;
  return { ...rest, end: mention.end + owner.length, form: mention.form + owner };
}

/**
 * Known mentions stand. A found phrase replaces one it covers only when its head lies beyond it
 * (`CPP Executive Committee`) or it adds one leading word (`Thai Ministry of Foreign Affairs`).
 */
function withoutOverlaps(known: OrganizationMention[], found: OrganizationMention[]): OrganizationMention[] {
  const kept = new SpanIndex(known);
  for (const phrase of found.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const overlapping = kept.overlapping(phrase.start, phrase.end);
    const extendsAll = overlapping.every(
      (k) =>
        k.known !== undefined &&
        phrase.start <= k.start &&
        phrase.end >= k.end &&
        phrase.end - phrase.start > k.end - k.start &&
        (hasEnglishHead(phrase.form.slice(k.end - phrase.start)) ||
          (phrase.start < k.start && phrase.form.slice(0, k.start - phrase.start).trim().split(/\s+/).length === 1)),
    );
    if (overlapping.length > 0 && (!extendsAll || overlapping.some((k) => isHeadBeforeLatinName(phrase, k)))) continue;
    for (const k of overlapping) kept.delete(k);
    // A phrase that holds a known name is a proper name, whatever its head.
    kept.add(overlapping.length > 0 ? { ...phrase, weak: false } : phrase);
  }
  return kept.all().sort((a, b) => a.start - b.start);
}

/** `អង្គការ WWF`: a bare Khmer head before a known Latin name only says what kind of body it is. */
function isHeadBeforeLatinName(phrase: OrganizationMention, known: OrganizationMention): boolean {
  return phrase.lang === 'km' && known.lang === 'en' && KHMER_ORGANIZATION_HEADS.includes(phrase.form.slice(0, known.start - phrase.start).trim());
}

/** The mention already at the same place, or `candidate` added when it overlaps nothing. */
function adopt(mentions: OrganizationMention[], candidate: OrganizationMention, groups: UnionFind<OrganizationMention>, places: MentionPlaces): OrganizationMention | null {
  const same = places.at(candidate);
  if (same) return same;
  if (places.overlaps(candidate)) return null;
  mentions.push(candidate);
  groups.add(candidate);
  places.add(candidate);
  return candidate;
}

/** Where the mentions are: the first one at exactly a span, and whether any overlaps one. */
class MentionPlaces {
  private readonly index = new SpanIndex<OrganizationMention>();
  private readonly first = new Map<string, OrganizationMention>();

  constructor(mentions: readonly OrganizationMention[]) {
    for (const mention of mentions) this.add(mention);
  }

  add(mention: OrganizationMention): void {
    this.index.add(mention);
    const key = `${mention.start}:${mention.end}`;
    if (!this.first.has(key)) this.first.set(key, mention);
  }

  at(span: Span): OrganizationMention | undefined {
    return this.first.get(`${span.start}:${span.end}`);
  }

  overlaps(span: Span): boolean {
    return this.index.overlaps(span.start, span.end);
  }
}

function findAcronym(text: string, acronym: string): OrganizationMention[] {
  const pattern = new RegExp(acronymPattern(acronym), 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, form: m[0], lang: formLanguage(m[0]), isAcronym: true }));
}

/**
 * A regex source for later mentions of an acronym. A dotted one may lose its last dot (`ម.ប.ស`), and a
 * Khmer one is glued to the word before it (`ក្រុមការងារម.ប.ស.`), so only another dotted letter bounds it.
 */
function acronymPattern(acronym: string): string {
  if (!DOTTED_ACRONYM.test(acronym)) return `(?<![\\p{L}\\p{N}])${literalPattern(acronym)}(?![\\p{L}\\p{N}])`;
  const letters = acronym.replace(/\.$/, '').split('.').map(literalPattern).join('\\.');
  return `(?<!\\p{L}\\.|[A-Za-z])${letters}\\.?(?![\\p{L}\\p{N}]\\.)`;
}

/** Mentions of one known organization, or with the same written form or acronym, are one organization. */
function joinSameNames(mentions: OrganizationMention[], groups: UnionFind<OrganizationMention>): void {
  const byKey = new Map<string, OrganizationMention>();
  for (const mention of mentions) {
    const keys = [`form:${sameNameKey(mention.form)}`, `form:${sameNameKey(withoutCambodianOwner(mention.form))}`];
    if (mention.known !== undefined) keys.push(`known:${mention.known}`);
    if (mention.acronym) keys.push(`form:${sameNameKey(mention.acronym)}`);
    for (const key of keys) {
      const first = byKey.get(key);
      if (first) groups.union(first, mention);
      else byKey.set(key, mention);
    }
  }
}

const CAMBODIA = /Cambodia|Khmer|\p{Script=Khmer}/u;

const OWNER_LINK = new RegExp(`^(?:${KHMER_OWNER_LINKS.map(literalPattern).join('|')})`);

/**
 * `ស្ថានទូតអាមេរិកប្រចាំកម្ពុជា` without `ប្រចាំកម្ពុជា`: in a Cambodian text the embassy "to Cambodia"
 * and "in Phnom Penh" are the embassy named without them.
 */
function withoutCambodianOwner(form: string): string {
  for (let i = 1; i < form.length; i++) {
    const owner = khmerOwnerSuffix(form, i);
    if (owner.length === form.length - i && OWNER_LINK.test(owner) && isCambodianOwner(owner)) return form.slice(0, i);
  }
  return form;
}

/** Case, apostrophe style and Khmer's optional spaces do not make another name. */
function sameNameKey(form: string): string {
  // `C.T.C.`, `C.T.C` and `CTC`; `ម.ប.ស.` and `ម.ប.ស`.
  if (DOTTED_ACRONYM.test(form)) return form.replace(/\./g, '').toLowerCase();
  const key = form.toLowerCase().replace(/['’]/g, "'");
  return hasKhmer(key) ? key.replace(/\s+/g, '') : key.replace(/\s+/g, ' ');
}

function toOrganization(group: OrganizationMention[]): Organization | null {
  const sorted = [...group].sort((a, b) => a.start - b.start);
  const known = sorted.find((m) => m.known !== undefined)?.known;
  const table = known === undefined ? undefined : KNOWN_ORGANIZATIONS[known];
  const longest = (lang: 'en' | 'km'): string | undefined =>
    sorted
      .filter((m) => m.lang === lang && !m.isAcronym && !m.byTitle)
      .map((m) => m.form.replace(/\s+/g, ' '))
      // Khmer spaces are optional, so they do not make a form fuller; the first of equals wins.
      .reduce<string | undefined>((a, b) => (a === undefined || letters(b) > letters(a) ? b : a), undefined);
  const acronym = sorted.find((m) => m.isAcronym)?.form ?? sorted.find((m) => m.acronym)?.acronym ?? table?.acronym;
  const en = longest('en') ?? table?.en[0];
  const km = longest('km') ?? table?.km[0];
  // A body named only through its minister's title takes its name from the table.
  const titled = sorted.some((m) => m.byTitle) ? table?.en[0] : undefined;
  const name = longest('en') ?? longest('km') ?? titled ?? acronym;
  if (!name) return null;
  const mentions = sorted.map((m) => ({ start: m.start, end: m.end }));
  return {
    name,
    ...(acronym ? { acronym } : {}),
    names: { ...(en ? { en } : {}), ...(km ? { km } : {}) },
    evidence: mentions[0]!,
    mentions,
  };
}

function letters(form: string): number {
  return hasKhmer(form) ? form.replace(/\s/g, '').length : form.length;
}

/** Disjoint sets of mentions, kept in insertion order. */
class UnionFind<T> {
  private readonly parent = new Map<T, T>();

  add(item: T): void {
    if (!this.parent.has(item)) this.parent.set(item, item);
  }

  find(item: T): T {
    let root = item;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(item, root);
    return root;
  }

  union(a: T, b: T): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }

  groups(): T[][] {
    const byRoot = new Map<T, T[]>();
    for (const item of this.parent.keys()) {
      const root = this.find(item);
      const group = byRoot.get(root);
      if (group) group.push(item);
      else byRoot.set(root, [item]);
    }
    return [...byRoot.values()];
  }
}
