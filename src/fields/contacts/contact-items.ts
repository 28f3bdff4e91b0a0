import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';
import phoneMetadata from 'libphonenumber-js/metadata.min';
import * as linkify from 'linkifyjs';
import { DOCUMENT_EXTENSIONS, FAX_LABELS, PHONE_LABELS } from '../../lang/contact-cues.js';
import { westernDigits } from '../../lang/khmer-numerals.js';
import { SpanIndex } from '../span-index.js';

/** One e-mail address, phone number or URL printed in the text. */
export interface ContactItem {
  kind: 'email' | 'phone' | 'url';
  /** E-mail and URL as written; phone in E.164. */
  value: string;
  start: number;
  end: number;
  /** Every number of a phone line that gives several (`Tel: +65 6279 3415 / 9747 0035`), in E.164. */
  phones?: string[];
}

// Phone numbers without a country code are read as Cambodian unless the document says otherwise:
// the releases presspipe was made for are.
const DEFAULT_COUNTRY: CountryCode = 'KH';
// The countries libphonenumber-js knows (its `getCountries()`; `001` holds the non-geographic
// numbers), read from its metadata alone: most releases print no number worth parsing, and the
// library itself is some 110 modules, required on the first number that is.
export const PHONE_COUNTRIES: ReadonlySet<string> = new Set<string>(Object.keys(phoneMetadata.countries).filter((code) => code !== '001'));
let phoneNumbers: typeof import('libphonenumber-js') | undefined;
function parsePhoneNumber(written: string, country?: CountryCode): PhoneNumber | undefined {
  phoneNumbers ??= createRequire(import.meta.url)('libphonenumber-js') as typeof import('libphonenumber-js');
  return phoneNumbers.parsePhoneNumberFromString(written, country);
}
// A run of digits with the separators phone numbers are printed with; libphonenumber-js's own text
// search joins numbers listed with commas (`+855 23 216 167, 012 ...`), so runs are cut here. A
// country code alone at a line end continues on the next line (`+65` / `83435672`).
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+\d{1,3} *\n(?!\n)(?=\d)|\+|\(\+?)?\d[\d ().-]{6,18}\d(?![\p{N}])/gu;
// A number written with a trunk prefix 0 (`012 345 678`) or a country code (`+855`, `(855)`) is a
// phone number; digits without either (`2019-2023`, `9844 6309`) are one only after a phone label.
const PHONE_AS_WRITTEN = /^(?:\+|\(\+?\d{2,3}\)|\(0|0|855)/;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${[...PHONE_LABELS, ...FAX_LABELS].map(escape).join('|')})\\b[^\\n\\p{L}]*(?:(?:or|and)[^\\n\\p{L}]*)*$`, 'iu');
const FAX = new RegExp(`^(?:${FAX_LABELS.map(escape).join('|')})$`, 'i');
// `Email: siti annazia hamsani@nea.gov.sg`: an e-mail address has no spaces, so words between its
// label and its `@` are its local part with the underscores the link's underline hid from OCR.
const LOST_UNDERSCORES = new RegExp(`(?:^|[^\\p{L}])(?:${['email', 'e-mail'].join('|')})\\s*[:：]?\\s*((?:[\\w.-]+ ){1,4})$`, 'iu');
const DOCUMENT_URL = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})(?:[?#].*)?$`, 'i');
// `go.gov.sg/zero-waste-manager-` / `course.`: a URL broken at a line-end hyphen goes on after the break.
const URL_CONTINUATION = /^[ \n]([a-z0-9][\w./?=&%#~-]*[\w/])/;

// linkifyjs reads text one character at a time, and no link it finds spans white space; a link
// needs an `@`, a scheme's `:`, a dot with something after it (a domain) or is `localhost`. So
// only the white-space-separated words with one of those go through it, which finds the same links
// in a fraction of the time (the Khmer of a bilingual release has none of them).
const SPACE_FREE_RUN = /\S+/g;
const MAY_HOLD_LINK = /[@:]|\.\S|localhost/i;

function findLinks(text: string): ReturnType<typeof linkify.find> {
  const links: ReturnType<typeof linkify.find> = [];
  for (const run of text.matchAll(SPACE_FREE_RUN)) {
    if (!MAY_HOLD_LINK.test(run[0])) continue;
    for (const link of linkify.find(run[0])) links.push({ ...link, start: link.start + run.index, end: link.end + run.index });
  }
  return links;
}

/**
 * Every e-mail, URL (found by linkifyjs) and valid phone number (libphonenumber-js) in `text`, in
 * order. Not contacts: URLs in front matter, links to documents (`.pdf`), and a capitalised bare
 * host (`Code.org`), which names an application or a brand.
 */
export function findContactItems(text: string, frontMatterEnd = 0): ContactItem[] {
  const items: ContactItem[] = [];
  for (const link of findLinks(text)) {
    if ((link.type !== 'email' && link.type !== 'url') || link.start < frontMatterEnd) continue;
    let { value, end } = link;
    if (link.type === 'url') {
      const rest = value.endsWith('-') ? URL_CONTINUATION.exec(text.slice(end)) : null;
      if (rest) {
        value += rest[1];
        end += rest[0].length;
      }
      if (DOCUMENT_URL.test(value) || /^[A-Z][\w-]*\.[a-z]{2,}$/.test(value)) continue;
    }
    let start = link.start;
    if (link.type === 'email') {
      const lost = LOST_UNDERSCORES.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
      if (lost) {
        value = `${lost[1]!.trim().split(/ +/).join('_')}_${value}`;
        start -= lost[1]!.length;
      }
    }
    items.push({ kind: link.type, value, start, end });
  }
  const country = documentCountry(text, items);
  const taken = new SpanIndex(items);
  const digits = westernDigits(text);
  // Cambodian releases print phone numbers in Khmer digits too; libphonenumber-js reads only Western ones.
  for (const candidate of digits.matchAll(PHONE_CANDIDATE)) {
    const written = candidate[0];
    const start = candidate.index;
    const end = start + written.length;
    const label = LABEL_BEFORE.exec(digits.slice(digits.lastIndexOf('\n', start - 1) + 1, start))?.[1];
    if (label !== undefined && FAX.test(label)) continue;
    const phone = PHONE_AS_WRITTEN.test(written) || label !== undefined ? parsePhoneNumber(written.replace(/\n/g, ' '), country) : undefined;
    if (!phone?.isValid()) continue;
    if (taken.overlaps(start, end)) continue;
    const item: ContactItem = { kind: 'phone', value: phone.number, start, end };
    items.push(item);
    taken.add(item);
  }
  return withPhoneLines(text, items.sort((a, b) => a.start - b.start));
}

/**
 * The country a document's local numbers belong to: that of its numbers printed with a country code,
 * else that of its e-mail and web domains (`nea.gov.sg`), else Cambodia.
 */
function documentCountry(text: string, links: ContactItem[]): CountryCode {
  for (const m of westernDigits(text).matchAll(/(?<![\p{L}\p{N}+])\+\d[\d ().-]{6,18}\d/gu)) {
    const country = parsePhoneNumber(m[0])?.country;
    if (country) return country;
  }
  for (const link of links) {
    const host = link.kind === 'email' ? link.value.split('@')[1]! : link.value.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0]!;
    const tld = host.split('.').pop()!.toUpperCase();
    const code = tld === 'UK' ? 'GB' : tld;
    if (PHONE_COUNTRIES.has(code)) return code as CountryCode;
  }
  return DEFAULT_COUNTRY;
}

/** Numbers joined by a slash (`+65 6279 3415 / 9747 0035`) are one person's numbers: the first item lists them all. */
function withPhoneLines(text: string, items: ContactItem[]): ContactItem[] {
  const kept: ContactItem[] = [];
  for (const item of items) {
    const previous = kept[kept.length - 1];
    if (item.kind === 'phone' && previous?.kind === 'phone' && /^ *\/ *$/.test(text.slice(previous.end, item.start))) {
      previous.phones = [...(previous.phones ?? [previous.value]), item.value];
      previous.end = item.end;
      continue;
    }
    kept.push(item);
  }
  return kept;
}
