import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { extractOrganizations } from './extract-organizations.js';

const names = (text: string): string[] => extractOrganizations({ text: normalizeText(text).text, sections: [] }).organizations.map((o) => o.name);

describe('names listed beside organizations', () => {
  it('takes brand names from a list that holds two organizations found by their heads', () => {
    const text = 'The pledges came from Bank of America, Citi, Deutsche Bank, HSBC, Macquarie, MUFG, and Standard Chartered. The rest follows.';
    expect(names(text)).toEqual(['Bank of America', 'Citi', 'Deutsche Bank', 'HSBC', 'Macquarie', 'MUFG', 'Standard Chartered']);
  });

  it('takes a list after a sponsorship cue, even when it ends open', () => {
    const text = 'It will be hosted by NUS Enterprise, ACE, Silicon\nStraits, JFDI and SingTel Innov8 in partnership with Red Hat, Google, Oracle and many more.';
    expect(names(text)).toEqual(['NUS Enterprise', 'ACE', 'Silicon Straits', 'JFDI', 'SingTel Innov8', 'Red Hat', 'Google', 'Oracle']);
  });

  it('leaves a list of places, months or people without a cue alone', () => {
    expect(names('Delegates from Cambodia, Laos, Vietnam and Thailand met the World Bank and the Asian Development Bank.')).toEqual(['World Bank', 'Asian Development Bank']);
    expect(names('Sok Chea, Lim Dara and Chan Sophal met in Phnom Penh.')).toEqual([]);
  });

  it('keeps countries out of a list that holds organizations', () => {
    expect(names('Funding came from the European Union, the World Bank, Japan and the Asian Development Bank.')).toEqual(['European Union', 'World Bank', 'Asian Development Bank']);
  });

  it('does not count an office holder’s title as an organization of the list', () => {
    expect(names('Last August, Minister of Social Affairs, Veterans and Youth Rehabilitation Vong Sauth spoke.')).not.toContain('Last August');
  });
});
