import { CONTACT_BLOCK_HEADING_ENDS, CONTACT_FIELD_LABELS, CONTACT_ROLE_WORDS } from '../../lang/contact-cues.js';
import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import { ENGLISH_ORGANIZATION_HEADS, ENGLISH_WEAK_ORGANIZATION_HEADS } from '../../lang/organization-heads.js';
import type { Contact } from '../../schema/release.js';
import type { Span } from '../field-types.js';
import { SpanIndex } from '../span-index.js';
import type { ContactItem } from './contact-items.js';

/** An organization's name where the text prints it, as the organizations field found it. */
export interface NamedSpan extends Span {
  name: string;
}

/** The contacts of the contact blocks of a text, and the items they took. */
export interface ContactBlocks {
  contacts: Contact[];
  used: Set<ContactItem>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HEADING = new RegExp(`(?:^|[^\\p{L}])(?:${CONTACT_BLOCK_HEADING_ENDS.map(escape).join('|')})[\\s:：៖-]*$`, 'iu');
const MAX_HEADING = 60;
const AFTER_LAST_LINK = /^.*(?:https?:\/\/|www\.)\S*\s+(?=\S)/;
// What ends a block: the boilerplate after it (`About Sentosa`, `Notes to editors`, `###`, `ANNEX A`).
const BLOCK_END = /^\s*(?:About |Notes? to (?:the )?editors?|#{3}|\*{3}|ANNEX\b)/i;
// A line of running text has this many words; a block line has fewer.
const PROSE_WORDS = 16;
const MAX_BLOCK_LINES = 40;
const LABEL = new RegExp(`(?<![\\p{L}])(?:${CONTACT_FIELD_LABELS.map(escape).join('|')})\\s*[:：]?`, 'giu');
const NOT_NAME_WORDS = new Set([...ENGLISH_TITLE_WORDS, ...CONTACT_ROLE_WORDS, ...CONTACT_FIELD_LABELS, ...[...ENGLISH_ORGANIZATION_HEADS, ...ENGLISH_WEAK_ORGANIZATION_HEADS].map((h) => h.toLowerCase())]);
const HEADS = new Set([...ENGLISH_ORGANIZATION_HEADS, ...ENGLISH_WEAK_ORGANIZATION_HEADS]);
const COURTESY = '(?:Mr|Ms|Mrs|Mdm|Miss|Dr|Prof)';
// `Siti Annazia (Ms)`, `Ms Jane Tan`, `Hong Phuc Dang`: two to four capitalised words.
const NAME = new RegExp(`^(?:${COURTESY}\\.? +)?(\\p{Lu}[\\p{L}’'-]*(?: +\\p{Lu}[\\p{L}’'-]*){1,3})(?: *\\(${COURTESY}\\.?\\))?`, 'u');
// Names that share a line are separated by a comma, a slash, `and` or a wide gap.
const NAME_SEPARATOR = / *(?:[,/;&|]|\band\b|\t| {3,}) */;

interface Person {
  contact: Contact;
  items: number;
}

/**
 * The people of contact blocks: a heading line (`Media Contacts:`, `For media queries, please
 * contact:`) followed by names, roles, organizations, numbers and e-mails, until the boilerplate or
 * running text after it. A name (or a line of names) starts a group; each following role,
 * organization, e-mail and phone line goes, in order, to the first person of the group who lacks one,
 * so names printed side by side get their e-mails in the same order; a single phone is shared by the
 * group; an organization printed before a name waits for that name.
 */
export function readContactBlocks(text: string, items: readonly ContactItem[], organizations: readonly NamedSpan[]): ContactBlocks {
  const contacts: Contact[] = [];
  const used = new Set<ContactItem>();
  const itemsAt = new SpanIndex(items);
  const organizationsAt = new SpanIndex(organizations);
  for (const block of findContactBlockLines(text)) {
    const people: Person[][] = [];
    let group: Person[] = [];
    let pending: { organization?: string; role?: string } = {};
    const startGroup = (names: { name: string; span: Span }[]): void => {
      group = names.map(({ name, span }) => ({ contact: { name, ...pending, evidence: { ...span } }, items: 0 }));
      people.push(group);
      pending = {};
    };
    const personFor = (field: 'organization' | 'role'): Contact | undefined => {
      if (group.some((p) => p.items > 0)) return undefined;
      return group.find((p) => p.contact[field] === undefined)?.contact;
    };
    for (const line of block) {
      const lineItems = itemsAt.overlapping(line.start, line.end).filter((i) => i.start >= line.start && !used.has(i));
      const rest = textOutside(text, line, lineItems);
      const names = readNames(rest.text, rest.start, organizationsAt);
      if (names.length > 0) {
        const last = names[names.length - 1]!;
        if (group.length > 0 && group.every((p) => p.items === 0 && p.contact.role === undefined && p.contact.organization === undefined)) {
          group.push(...names.map(({ name, span }) => ({ contact: { name, evidence: { ...span } }, items: 0 })));
        } else startGroup(names);
        rest.text = rest.text.slice(last.span.end - rest.start);
        rest.start = last.span.end;
      }
      for (const { field, value } of describe(rest.text, rest.start, organizationsAt)) {
        const person = personFor(field);
        if (person) person[field] = value;
        else if (pending[field] === undefined) pending[field] = value;
      }
      for (const item of lineItems) {
        if (group.length === 0 || group.every((p) => p.contact[item.kind] !== undefined)) {
          if (item.kind === 'phone' && group.length === 1) {
            const only = group[0]!.contact;
            only.phones = [...(only.phones ?? [only.phone!]), ...(item.phones ?? [item.value])];
            take(group[0]!, item, used);
            continue;
          }
          group = [{ contact: { ...pending, evidence: { start: item.start, end: item.end } }, items: 0 }];
          people.push(group);
          pending = {};
        }
        const person = group.find((p) => p.contact[item.kind] === undefined)!;
        person.contact[item.kind] = item.value;
        if (item.phones) person.contact.phones = item.phones;
        take(person, item, used);
      }
    }
    for (const members of people) {
      sharePhone(members);
      contacts.push(...members.filter((p) => p.items > 0).map((p) => p.contact));
    }
  }
  return { contacts, used };
}

/** An item taken by a person widens their evidence. */
function take(person: Person, item: ContactItem, used: Set<ContactItem>): void {
  person.items++;
  person.contact.evidence.start = Math.min(person.contact.evidence.start, item.start);
  person.contact.evidence.end = Math.max(person.contact.evidence.end, item.end);
  used.add(item);
}

/** `Tel: 6279 3415` under three names: when one person of a group has a phone, the others share it. */
function sharePhone(members: Person[]): void {
  const withPhone = members.filter((p) => p.contact.phone !== undefined);
  if (withPhone.length !== 1 || members.length < 2) return;
  const { phone, phones } = withPhone[0]!.contact;
  for (const p of members) {
    if (p.contact.phone !== undefined || p.contact.email === undefined) continue;
    p.contact.phone = phone;
    if (phones) p.contact.phones = phones;
  }
}

/** The lines of every contact block: after a heading line, up to boilerplate or running text. */
export function findContactBlockLines(text: string): Span[][] {
  const lines = [...text.matchAll(/[^\n]*/g)].filter((m) => m[0].length > 0 || m.index < text.length).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const blocks: Span[][] = [];
  for (let i = 0; i < lines.length; i++) {
    // OCR and PDF layout can glue the heading to the end of the line above it, after a link
    // (`Meetup: http://… Contact`): what follows the last link is then the heading.
    const heading = text.slice(lines[i]!.start, lines[i]!.end).trim().replace(AFTER_LAST_LINK, '');
    if (heading.length === 0 || heading.length > MAX_HEADING || !HEADING.test(heading)) continue;
    const block: Span[] = [];
    // A heading glued to the first person (`Media contact: Jane Tan, ...`) starts the block on its own line.
    const cue = HEADING.exec(heading);
    if (cue && cue.index + cue[0].length < heading.length) block.push(lines[i]!);
    for (let j = i + 1; j < lines.length && j <= i + MAX_BLOCK_LINES; j++) {
      const line = text.slice(lines[j]!.start, lines[j]!.end);
      if (BLOCK_END.test(line) || (line.split(/\s+/).length >= PROSE_WORDS && !/@|\d{4}/.test(line))) break;
      block.push(lines[j]!);
      i = j;
    }
    blocks.push(block);
  }
  return blocks;
}

/** The line without its items and field labels, trimmed, with where it starts. */
function textOutside(text: string, line: Span, items: readonly ContactItem[]): { text: string; start: number } {
  let out = text.slice(line.start, line.end);
  for (const item of items) {
    const from = item.start - line.start;
    const to = Math.min(item.end, line.end) - line.start;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  out = out.replace(LABEL, (label) => ' '.repeat(label.length));
  const lead = out.length - out.trimStart().length;
  return { text: out.trim(), start: line.start + lead };
}

/** The person names a line starts with: one, or several side by side. */
function readNames(line: string, start: number, organizations: SpanIndex<NamedSpan>): { name: string; span: Span }[] {
  if (organizations.overlaps(start, start + 1)) return [];
  const parts = line.split(NAME_SEPARATOR);
  if (parts.length > 1) {
    const all = parts.map((p) => NAME.exec(p.trim()));
    if (all.every((m, k) => m !== null && m[0] === parts[k]!.trim() && isPersonName(m[1]!))) {
      let at = 0;
      return all.map((m) => {
        const offset = line.indexOf(m![0], at);
        at = offset + m![0].length;
        return { name: m![1]!, span: { start: start + offset, end: start + at } };
      });
    }
  }
  const m = NAME.exec(line);
  if (!m) return [];
  // `Alice Tan Senior Manager ...`: the name ends at the first word of a role or a body.
  const words = m[1]!.split(/ +/);
  const cut = words.findIndex((w) => !isNameWord(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  // `Sentosa Leisure Group`: words before a head name a body, not a person.
  if (kept.length < 2 || !isPersonName(kept.join(' ')) || (cut >= 0 && HEADS.has(words[cut]!))) return [];
  const name = kept.join(' ');
  const end = cut < 0 ? m[0].length : line.indexOf(name) + name.length;
  return [{ name, span: { start, end: start + end } }];
}

function isPersonName(name: string): boolean {
  const words = name.split(/ +/);
  return words.length >= 2 && words.every(isNameWord);
}

function isNameWord(word: string): boolean {
  return !NOT_NAME_WORDS.has(word.toLowerCase()) && !HEADS.has(word);
}

const isRoleWord = (w: string): boolean => CONTACT_ROLE_WORDS.includes(w.toLowerCase());

/**
 * How many of a name's first words are a role printed before it on a joined contact line (`Corporate
 * Communications National Environment Agency`), leaving the body's name a word of its own.
 */
export function leadingRoleWords(words: readonly string[]): number {
  let n = 0;
  while (isRoleWord(words[n] ?? '') && words.slice(n + 1).some((w) => !isRoleWord(w) && !HEADS.has(w) && /^\p{Lu}/u.test(w))) n++;
  return n;
}

/** The role and organization a line gives: an organization named in it, and the words around it. */
function describe(line: string, start: number, organizations: SpanIndex<NamedSpan>): { field: 'organization' | 'role'; value: string }[] {
  const found: { field: 'organization' | 'role'; value: string }[] = [];
  const text = line.replace(/\([^)]*\)/g, (p) => ' '.repeat(p.length));
  const org = organizations.within(start, start + text.length)[0];
  let role = text;
  if (org) {
    // `Corporate Communications Maritime and Port Authority` on one joined line: the role words that
    // open it are the person's role, unless the body's name would be left without a word of its own.
    const written = text.slice(org.start - start, org.end - start).split(' ');
    const roleWords = leadingRoleWords(written);
    found.push({ field: 'organization', value: written.slice(roleWords).join(' ') });
    role = `${text.slice(0, org.start - start)} ${written.slice(0, roleWords).join(' ')} ${text.slice(org.end - start)}`;
  } else if (text.split(/\s+/).some((w) => HEADS.has(w.replace(/[.,]$/, '')))) {
    found.push({ field: 'organization', value: text.trim().replace(/[,;]$/, '') });
    role = '';
  }
  role = role.replace(/[\s,;|–—-]+/g, ' ').trim();
  if (/\p{L}{2}/u.test(role)) found.unshift({ field: 'role', value: role });
  return found;
}
