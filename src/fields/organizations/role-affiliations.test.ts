import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../normalize/normalize-text.js';
import { extractOrganizations } from './extract-organizations.js';

const names = (text: string): string[] => extractOrganizations({ text: normalizeText(text).text, sections: [] }).organizations.map((o) => o.name);

describe('bodies people are introduced with', () => {
  it('takes the organization after a capitalised role in an apposition', () => {
    expect(names('“We are ready,” said Tay Ee Learn, Chief Sector Skills Officer, NTUC LearningHub.')).toEqual(['NTUC LearningHub']);
  });

  it('takes the body after `at` and after the `of` of a founder or CEO', () => {
    expect(names('Bill Chang, Chief Executive Officer at Singtel, and Italo Vignoli, co\u00ADfounder of LibreOffice, spoke.')).toEqual(['Singtel', 'LibreOffice']);
  });

  it('leaves portfolios, divisions and qualified nouns alone', () => {
    expect(names('Mario Behling, head of Program Planning, met the founder of the Novena laptop project.')).toEqual([]);
    expect(names('Mr David Goh, Senior Divisional Director, Leisure Business, Sentosa Development Corporation, spoke.')).toEqual(['Sentosa Development Corporation']);
    expect(names('The company’s CEO, Anna Lee, met the director at Cambodia’s border.')).toEqual([]);
  });
});
