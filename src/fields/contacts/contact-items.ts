import { parsePhoneNumberFromString } from 'libphonenumber-js';
import * as linkify from 'linkifyjs';
import { westernDigits } from '../../lang/khmer-numerals.js';

/** One e-mail address, phone number or URL printed in the text. */
export interface ContactItem {
  kind: 'email' | 'phone' | 'url';
  /** E-mail and URL as written; phone in E.164. */
  value: string;
  start: number;
  end: number;
}

// Phone numbers without a country code are read as Cambodian: the releases presspipe reads are.
const DEFAULT_COUNTRY = 'KH';
// A run of digits with the separators phone numbers are printed with; libphonenumber-js's own text
// search joins numbers listed with commas (`+855 23 216 167, 012 ...`), so runs are cut here.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+])(?:\+|\(\+?)?\d[\d ().-]{6,18}\d(?![\p{N}])/gu;
// A Cambodian number is written with its trunk prefix 0 (`012 345 678`) or a country code (`+855`,
// `(855)`); digits without either are years or counts (`2019-2023`), not phone numbers.
const PHONE_AS_WRITTEN = /^(?:\+|\(\+?855\)|\(0|0|855)/;

/** Every e-mail, URL (found by linkifyjs) and valid phone number (libphonenumber-js) in `text`, in order. */
export function findContactItems(text: string): ContactItem[] {
  const items: ContactItem[] = [];
  for (const link of linkify.find(text)) {
    if (link.type !== 'email' && link.type !== 'url') continue;
    items.push({ kind: link.type, value: link.value, start: link.start, end: link.end });
  }
  // Cambodian releases print phone numbers in Khmer digits too; libphonenumber-js reads only Western ones.
  for (const candidate of westernDigits(text).matchAll(PHONE_CANDIDATE)) {
    const written = candidate[0];
    const phone = PHONE_AS_WRITTEN.test(written) ? parsePhoneNumberFromString(written, DEFAULT_COUNTRY) : undefined;
    if (!phone?.isValid()) continue;
    const start = candidate.index;
    const end = start + written.length;
    if (items.some((i) => i.start < end && start < i.end)) continue;
    items.push({ kind: 'phone', value: phone.number, start, end });
  }
  return items.sort((a, b) => a.start - b.start);
}
