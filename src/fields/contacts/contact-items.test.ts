import { getCountries } from 'libphonenumber-js';
import * as linkify from 'linkifyjs';
import { describe, expect, it } from 'vitest';
import { findContactItems, PHONE_COUNTRIES } from './contact-items.js';

describe('findContactItems', () => {
  it('finds every e-mail and URL that linkifyjs finds in the whole text, though it reads only words that may hold one', () => {
    const text = [
      'សូមចូលមើល www.undp.org។ ឬ info@undp.org ផ្ញើមក',
      'Details at https://example.org/a?b=1 (or www.kh.undp.org), mail press@mfa.gov.kh; local: http://localhost:8080/x and localhost',
      'See also mailto:media@voa.com, e.g. the site example.com. Not a link: etc... end.',
    ].join('\n\n');
    const expected = linkify
      .find(text)
      .filter((l) => l.type === 'email' || l.type === 'url')
      .map((l) => [l.type, l.start, l.end]);
    const found = findContactItems(text)
      .filter((item) => item.kind !== 'phone')
      .map((item) => [item.kind, item.start, item.end]);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThanOrEqual(8);
  });

  it('knows the countries libphonenumber-js knows, though it reads them from the metadata alone', () => {
    expect([...PHONE_COUNTRIES]).toEqual(getCountries());
  });
});
