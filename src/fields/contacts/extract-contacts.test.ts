import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { splitSections } from '../../sections/split-sections.js';
import type { FieldContext } from '../field-types.js';
import { extractContacts } from './extract-contacts.js';

const bare = (text: string): FieldContext => ({ text, sections: [] });

describe('extractContacts', () => {
  it('reads Cambodian phone formats as E.164', () => {
    const text = 'Call +855 23 216 167, 012 345 678, (855) 12-345-678 or 023 216 167.';
    expect(extractContacts(bare(text)).contacts.map((c) => c.phone)).toEqual(['+85523216167', '+85512345678', '+85512345678', '+85523216167']);
  });

  it('reads phone numbers written in Khmer digits', () => {
    const text = 'ទូរស័ព្ទ ០១២ ៣៤៥ ៦៧៨';
    const [contact] = extractContacts(bare(text)).contacts;
    expect(contact!.phone).toBe('+85512345678');
    expect(text.slice(contact!.evidence.start, contact!.evidence.end)).toBe('០១២ ៣៤៥ ៦៧៨');
  });

  it('does not take years, ranges or counts for phone numbers', () => {
    expect(extractContacts(bare('the Fourth Rectangular Strategy (2019-2023) won 2,813 votes of 130,000 in 2017')).contacts).toEqual([]);
  });

  it('groups the person, e-mail and URL after "please contact" into one contact, without the honorific', () => {
    const text = 'The UN Development Programme (UNDP) met.\n\nFor media requests, please contact **Mr. Samruol Im** at samruol.im@undp.org or visit <https://bit.ly/2TkCi5e>.';
    const { contacts } = extractContacts(bare(text));
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ name: 'Samruol Im', email: 'samruol.im@undp.org', url: 'https://bit.ly/2TkCi5e', organization: 'UNDP' });
    const { start, end } = contacts[0]!.evidence;
    expect(text.slice(start, end)).toBe('please contact **Mr. Samruol Im** at samruol.im@undp.org or visit <https://bit.ly/2TkCi5e');
  });

  it('groups a Khmer contact person with a phone', () => {
    const [contact] = extractContacts(bare('សូមទាក់ទង លោក សុខ សាន្ត តាមរយៈទូរស័ព្ទ 012 345 678')).contacts;
    expect(contact).toMatchObject({ name: 'សុខ សាន្ត', phone: '+85512345678' });
  });

  it('takes an organization named after the cue for the organization, not a person', () => {
    const text = 'The UN Development Programme (UNDP) met.\n\nPlease contact UNDP at info@undp.org.';
    expect(extractContacts(bare(text)).contacts.map(({ evidence: _, ...c }) => c)).toEqual([{ organization: 'UNDP', email: 'info@undp.org' }]);
  });

  it('makes a printed URL a contact of its own, with the organization its domain names', () => {
    const { contacts } = extractContacts(bare('About UNDP\n\nUNDP partners with people. Learn more about UNDP here www.kh.undp.org.'));
    expect(contacts).toEqual([{ url: 'www.kh.undp.org', organization: 'UNDP', evidence: expect.any(Object) }]);
  });

  it('invents no contact from "said in an email" or markdown link placeholders', () => {
    expect(extractContacts(bare('“We will go,” he said in an email to VOA. Follow us: [Facebook](#) [Twitter](#)')).contacts).toEqual([]);
  });

  it('finds the two contacts of the bilingual seed', () => {
    const text = normalizeText(readFileSync(new URL('../../../fixtures/bilingual-seed.txt', import.meta.url), 'utf8')).text;
    const { contacts } = extractContacts({ text, sections: splitSections(text).sections });
    expect(contacts.map(({ evidence: _, ...c }) => c)).toEqual([
      { name: 'Samruol Im', email: 'samruol.im@undp.org', url: 'https://bit.ly/2TkCi5e', organization: 'UNDP' },
      { url: 'www.kh.undp.org', organization: 'UNDP' },
    ]);
  });
});
