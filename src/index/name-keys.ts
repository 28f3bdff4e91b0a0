import { ENGLISH_HONORIFICS } from '../lang/english-honorifics.js';
import { KHMER_HONORIFICS } from '../lang/khmer-honorifics.js';
import { hasKhmer } from '../lang/khmer-script.js';
import { searchKey } from './search-key.js';

const ENGLISH_FORMS = ENGLISH_HONORIFICS.map((h) => h.form.replace(/\.$/, '').toLowerCase());
const KHMER_FORMS = KHMER_HONORIFICS.map((h) => h.form).sort((a, b) => b.length - a.length);

/**
 * A person's name without the honorifics in front of it: a release may write "H.E. Ketebandith
 * Pech Bunthin", another "Pech Bunthin", a Khmer one `ឯកឧត្តម ពេជ្រ ប៊ុនធីន`; all are one name.
 */
export function personName(name: string): string {
  if (hasKhmer(name)) {
    let rest = name.trim();
    for (let stripped = true; stripped; ) {
      stripped = false;
      for (const form of KHMER_FORMS) {
        if (rest.startsWith(form) && rest.length > form.length) {
          rest = rest.slice(form.length).trimStart();
          stripped = true;
        }
      }
    }
    return rest;
  }
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && ENGLISH_FORMS.includes(words[0]!.replace(/\.$/, '').toLowerCase())) words.shift();
  return words.join(' ');
}

/** The key one spelling of a person's name is stored under: honorifics stripped, case and spacing folded, the script as prefix. */
export function personNameKey(name: string): string | null {
  const key = searchKey(personName(name)).replace(/[^\p{L}\p{M}\p{N}\s]/gu, '').trim();
  if (!key) return null;
  return `${hasKhmer(key) ? 'km' : 'en'}:${key}`;
}

/** The key of one organization spelling: its acronym, or its name in either script. */
export function organizationNameKey(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  if (/^[A-Z][A-Z0-9&-]{1,11}$/.test(trimmed)) return `acronym:${trimmed.toLowerCase()}`;
  const key = searchKey(trimmed).replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!key) return null;
  return `${hasKhmer(key) ? 'km' : 'en'}:${key.replace(/^the /, '')}`;
}
