import type { Contact, Organization, Warning } from '../../schema/release.js';
import type { FieldContext } from '../field-types.js';
import { extractOrganizations } from '../organizations/extract-organizations.js';
import { readContactBlocks } from './contact-block.js';
import { type ContactItem, findContactItems } from './contact-items.js';
import { findContactPersons } from './contact-person.js';
import { frontMatterOf } from '../front-matter.js';
import { SpanIndex } from '../span-index.js';

// Host labels that never name an organization.
const GENERIC_HOST_LABELS = new Set(['www', 'mail', 'email', 'com', 'org', 'net', 'gov', 'edu', 'int', 'kh', 'co', 'info']);

/**
 * The e-mails, phones and URLs printed in the text. The people of a contact block are a contact each
 * (readContactBlocks); items in the same paragraph after a cue such as "please contact Mr. X" are one
 * contact with that person's name; every other item is a contact of its own. The organization comes from an e-mail or URL domain that is the acronym of an
 * organization named in the document (undp.org → UNDP).
 */
export function extractContacts(
  ctx: FieldContext,
  /** The document's organizations when the caller has them (extractFields); else read here when needed. */
  known?: Organization[],
): { contacts: Contact[]; warnings: Warning[] } {
  // A website export's front matter (`source_url:`, image paths) is metadata, not contacts.
  const items = findContactItems(ctx.text, frontMatterOf(ctx)?.span.end ?? 0);
  const organizations = items.length === 0 ? [] : (known ?? extractOrganizations(ctx).organizations);
  const blocks = readContactBlocks(ctx.text, items, organizations.flatMap((o) => o.mentions.map((m) => ({ ...m, name: o.name }))));
  const used = new Set<ContactItem>(blocks.used);
  const itemsAt = new SpanIndex(items);
  const grouped: { contact: Contact; start: number }[] = blocks.contacts.map((contact) => ({ contact, start: contact.evidence.start }));

  for (const person of findContactPersons(ctx.text)) {
    const paragraphEnd = endOfParagraph(ctx.text, person.cue.end);
    // "please contact UNDP at ..." names an organization, not a person.
    const organization = person.name === undefined ? undefined : organizationNamed(person.name, organizations);
    const contact: Contact = {
      ...(person.name && !organization ? { name: person.name } : {}),
      ...(organization ? { organization } : {}),
      evidence: { start: person.cue.start, end: person.nameSpan?.end ?? person.cue.end },
    };
    for (const item of itemsAt.within(person.cue.end, paragraphEnd)) {
      if (used.has(item) || contact[item.kind] !== undefined) continue;
      contact[item.kind] = item.value;
      if (item.phones) contact.phones = item.phones;
      contact.evidence.end = Math.max(contact.evidence.end, item.end);
      used.add(item);
    }
    if (contact.email === undefined && contact.phone === undefined && contact.url === undefined) continue;
    setOrganization(contact, organizations);
    grouped.push({ contact, start: person.cue.start });
  }
  for (const item of items) {
    if (used.has(item)) continue;
    const contact: Contact = { [item.kind]: item.value, ...(item.phones ? { phones: item.phones } : {}), evidence: { start: item.start, end: item.end } };
    setOrganization(contact, organizations);
    grouped.push({ contact, start: item.start });
  }
  return { contacts: grouped.sort((a, b) => a.start - b.start).map((g) => g.contact), warnings: [] };
}

/** A contact block (`Media contact: X` / `Email: ...` / `Phone: ...`) ends at a blank line. */
function endOfParagraph(text: string, from: number): number {
  const blank = text.indexOf('\n\n', from);
  return blank < 0 ? text.length : blank;
}

function organizationNamed(name: string, organizations: Organization[]): string | undefined {
  const org = organizations.find((o) => [o.name, o.acronym, o.names.en, o.names.km].includes(name));
  return org ? (org.acronym ?? org.name) : undefined;
}

function setOrganization(contact: Contact, organizations: Organization[]): void {
  if (contact.organization !== undefined) return;
  const address = contact.email?.split('@')[1] ?? contact.url?.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0];
  if (!address) return;
  const labels = address.toLowerCase().split('.').filter((l) => !GENERIC_HOST_LABELS.has(l));
  const org = organizations.find((o) => o.acronym !== undefined && labels.includes(o.acronym.toLowerCase()));
  if (org) contact.organization = org.acronym;
}
