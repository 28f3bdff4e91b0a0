import { KHMER_COUNTRY_NAMES, KHMER_COUNTRY_PREFIXES } from '../../lang/khmer-country-names.js';
import { KHMER_OWNER_LINKS } from '../../lang/organization-heads.js';
import { CAMBODIAN_PLACES } from '../../lang/place-names.js';
import { alternationOf as anyOf } from './organization-mention.js';

// `ថៃ`, `របស់ប្រទេសថៃ`, `ប្រចាំរាជធានីភ្នំពេញ`: an optional link, then a country, or a place after its kind.
const OWNER = new RegExp(
  `^(?:${anyOf(KHMER_OWNER_LINKS)})?(?:(?:${anyOf(KHMER_COUNTRY_PREFIXES)})?(?:${anyOf(KHMER_COUNTRY_NAMES)})|(?:${anyOf(KHMER_COUNTRY_PREFIXES)})(?:${anyOf(CAMBODIAN_PLACES.map((p) => p.km))}))`,
);
const CAMBODIA = new RegExp(anyOf(['កម្ពុជា', 'ខ្មែរ', ...CAMBODIAN_PLACES.map((p) => p.km)]));

/**
 * The words right at `end` that say whose body a Khmer name is (ក្រសួងការបរទេស`ថៃ` "the Thai foreign
 * ministry", ក្រសួងពាណិជ្ជកម្ម`របស់ប្រទេសថៃ`), or '' when none follow.
 */
export function khmerOwnerSuffix(text: string, end: number): string {
  return OWNER.exec(text.slice(end, end + 40))?.[0] ?? '';
}

/** True when an owner suffix names Cambodia or a Cambodian place, so a Cambodian body stays the same one. */
export function isCambodianOwner(suffix: string): boolean {
  return CAMBODIA.test(suffix);
}
