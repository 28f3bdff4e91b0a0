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

  describe('contact blocks', () => {
    const people = (text: string) => extractContacts(bare(text)).contacts.map(({ evidence: _, ...c }) => c);

    it('gives back the underscores OCR lost under an underlined e-mail address', () => {
      const text = 'For media queries, please contact:\n\nSiti Annazia (Ms)\n\nTel: 9844 6309\n\nEmail: siti annazia hamsani@nea.gov.sg';
      expect(people(text).map((c) => c.email)).toEqual(['siti_annazia_hamsani@nea.gov.sg']);
      expect(people('Write to press@nea.gov.sg or call us.').map((c) => c.email)).toEqual(['press@nea.gov.sg']);
    });

    it('reads a block whose heading OCR glued to the link above it and whose lines it set apart', () => {
      const text = 'Twitter: http://twitter.com/fossasia Facebook: https://www.facebook.com/fossasia Contact\n\nRoland Turner\n\n(English)\n\nSingapore Organizer FOSSASIA, roland@rolandturner.com\n\n, Phone +65 96700022';
      // Which words of the role line name the organization needs the rest of the document.
      expect(people(text).filter((c) => c.name)).toEqual([
        expect.objectContaining({ name: 'Roland Turner', email: 'roland@rolandturner.com', phone: '+6596700022' }),
      ]);
    });

    it('reads one person per name, with the role, organization, phone and e-mail under it', () => {
      const text = [
        'The course starts in May.',
        '',
        'For media queries, please contact:',
        'Tan Mei Ling (Ms)',
        'Corporate Communications',
        'Maritime and Port Authority',
        'Tel: 6325 1234',
        'Email: tan_mei_ling@mpa.gov.sg',
        'Rajesh Kumar (Mr)',
        'Corporate Communications',
        'Maritime and Port Authority',
        'Tel: 6325 5678',
        'Email: rajesh_kumar@mpa.gov.sg',
        '',
        'About the Maritime and Port Authority',
        'The Maritime and Port Authority (MPA) was established in 1996 to develop Singapore as a port.',
      ].join('\n');
      expect(people(text)).toEqual([
        { name: 'Tan Mei Ling', role: 'Corporate Communications', organization: 'Maritime and Port Authority', phone: '+6563251234', email: 'tan_mei_ling@mpa.gov.sg' },
        { name: 'Rajesh Kumar', role: 'Corporate Communications', organization: 'Maritime and Port Authority', phone: '+6563255678', email: 'rajesh_kumar@mpa.gov.sg' },
      ]);
    });

    it('gives names that share a line the e-mails of the next lines in the same order, and their one phone', () => {
      const text = [
        'ENDS',
        'Media Contacts:',
        'Sentosa Leisure Group',
        'Alice Wong, Benjamin Ho and Carol Lim',
        'Email: alice_wong@sentosa.com.sg / benjamin_ho@sentosa.com.sg /',
        'carol_lim@sentosa.com.sg',
        'Tel: +65 6275 0388',
        '',
        'Harbour Sport Group',
        'David Chua',
        'Mobile: +65 9123 4567',
        'Email : david.chua@harboursport.com',
      ].join('\n');
      expect(people(text)).toEqual([
        { name: 'Alice Wong', organization: 'Sentosa Leisure Group', email: 'alice_wong@sentosa.com.sg', phone: '+6562750388' },
        { name: 'Benjamin Ho', organization: 'Sentosa Leisure Group', email: 'benjamin_ho@sentosa.com.sg', phone: '+6562750388' },
        { name: 'Carol Lim', organization: 'Sentosa Leisure Group', email: 'carol_lim@sentosa.com.sg', phone: '+6562750388' },
        { name: 'David Chua', organization: 'Harbour Sport Group', phone: '+6591234567', email: 'david.chua@harboursport.com' },
      ]);
    });

    it('keeps the numbers of one Tel line together and reads a block of two columns in order', () => {
      const text = [
        'Media Contacts',
        'Public Affairs Department',
        'Tel: +65 6557 5555',
        'Lim Siew Hoon',
        'Jason Teo',
        'Marketing Communications',
        'Marketing Communications',
        'Tel: +65 6279 1111 / 9747 2222',
        'Tel: +65 6279 3333',
        'Email : siewhoon_lim@sentosa.gov.sg',
        'Email : jason_teo@sentosa.gov.sg',
      ].join('\n');
      expect(people(text)).toEqual([
        { organization: 'Public Affairs Department', phone: '+6565575555' },
        { name: 'Lim Siew Hoon', role: 'Marketing Communications', phone: '+6562791111', phones: ['+6562791111', '+6597472222'], email: 'siewhoon_lim@sentosa.gov.sg' },
        { name: 'Jason Teo', role: 'Marketing Communications', phone: '+6562793333', email: 'jason_teo@sentosa.gov.sg' },
      ]);
    });

    it('reads a name with its languages, a role glued to the organization and a phone split over two lines', () => {
      const text = [
        'About OpenTech Asia',
        'OpenTech Asia is a yearly conference of open source developers in Asia and the Pacific region.',
        '',
        'Contact',
        'Mary Nguyen',
        '(English, Vietnamese)',
        'Program Organizer OpenTech Asia,',
        'mary@opentech.asia',
        ', Phone +65',
        '81234567',
      ].join('\n');
      expect(people(text)).toEqual([{ name: 'Mary Nguyen', role: 'Program Organizer', organization: 'OpenTech Asia', email: 'mary@opentech.asia', phone: '+6581234567' }]);
    });

    it('reads a block whose lines a PDF reader joined into one paragraph per person', () => {
      const text = 'For media queries, please contact:\n\nTan Mei Ling (Ms) Corporate Communications Maritime and Port Authority Tel: 6325 1234 Email: tan_mei_ling@mpa.gov.sg';
      expect(people(text)).toEqual([
        { name: 'Tan Mei Ling', role: 'Corporate Communications', organization: 'Maritime and Port Authority', phone: '+6563251234', email: 'tan_mei_ling@mpa.gov.sg' },
      ]);
    });
  });

  it('reads local numbers in the country of the document’s domains, and leaves fax numbers out', () => {
    const text = 'Media contact\nJane Lee\nTel: 6123 4567\nFax: 6123 4568\nEmail: jane@agency.gov.sg';
    expect(extractContacts(bare(text)).contacts.map((c) => [c.phone, c.email])).toEqual([['+6561234567', 'jane@agency.gov.sg']]);
  });

  it('mends a URL broken at a line-end hyphen and keeps the publisher’s URLs as contacts without a name', () => {
    const text = 'More on the course at go.gov.sg/zero-waste-manager-\ncourse.\n\nFor more information, visit www.nea.gov.sg';
    expect(extractContacts(bare(text)).contacts.map(({ evidence: _, ...c }) => c)).toEqual([{ url: 'go.gov.sg/zero-waste-manager-course' }, { url: 'www.nea.gov.sg' }]);
  });

  it('takes no handle, hashtag, programme name, application name, front-matter URL or document link for a contact', () => {
    const text = '---\nsource_url: https://example.gov/news/1\nimage: "@/assets/photo.jpg"\n---\n\nThe 5G@Sentosa trials used Code.org and Google Docs. Follow @sentosa_island, /SentosaOfficial and #Sentosa. Read the [Joint Statement](https://example.gov/files/joint-statement.pdf).';
    expect(extractContacts(bare(text)).contacts).toEqual([]);
  });
});

