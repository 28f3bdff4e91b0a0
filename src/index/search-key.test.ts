import { describe, expect, it } from 'vitest';
import { organizationNameKey, personName, personNameKey } from './name-keys.js';
import { englishWords, searchKey, trigramGroups, trigramCoverage, trigrams } from './search-key.js';
import { fingerprintSimilarity, textFingerprint } from './text-fingerprint.js';

describe('search keys', () => {
  it('folds case and white space, and drops spaces beside Khmer (OCR and layers disagree on them)', () => {
    expect(searchKey('  Public\n Services ')).toBe('public services');
    expect(searchKey('ពេជ្រ ប៊ុនធីន និង UNDP')).toBe('ពេជ្រប៊ុនធីននិងundp');
  });

  it('measures the share of query trigrams found, 1 for a substring', () => {
    expect(trigramCoverage('abcd', 'xxabcdxx')).toBe(1);
    expect(trigramCoverage('abcdef', 'abcxef')).toBe(0.25);
    expect(trigramCoverage('ab', 'xaby')).toBe(1);
  });

  it('groups every trigram so that a text reaching the coverage threshold holds one of each group', () => {
    const key = searchKey('ដើម្បីឱ្យកម្ពុជាអាចផ្តល់សេវាសាធារណៈ');
    const groups = trigramGroups(key, 0.75);
    expect(groups.flat().sort()).toEqual(trigrams(key).sort());
    const misses = Math.floor(trigrams(key).length * 0.25);
    expect(groups.every((g) => g.length > misses)).toBe(true);
    for (const misread of [key.replace('ផ្តល់', 'ផ្គល់'), key.replace('ដើម្បី', 'ដេម្បី').replace('សេវា', 'សវា')]) {
      expect(trigramCoverage(key, misread)).toBeGreaterThanOrEqual(0.75);
      expect(groups.every((g) => g.some((gram) => misread.includes(gram)))).toBe(true);
    }
    expect(trigramGroups('abcd', 0.75)).toEqual([['abc'], ['bcd']]);
  });

  it('takes Latin words of a query for the stemmed match, none from Khmer', () => {
    expect(englishWords('UNDP ក្រសួង public-services')).toEqual(['undp', 'public', 'services']);
  });
});

describe('name keys', () => {
  it('strips honorifics in both scripts so every spelling of a person meets', () => {
    expect(personName('H.E. Ketebandith Pech Bunthin')).toBe('Pech Bunthin');
    expect(personName('ឯកឧត្តម កិត្តិបណ្ឌិត ពេជ្រ ប៊ុនធីន')).toBe('ពេជ្រ ប៊ុនធីន');
    expect(personNameKey('Mr. Nick  Beresford')).toBe('en:nick beresford');
    expect(personNameKey('ពេជ្រប៊ុនធីន')).toBe(personNameKey('ឯកឧត្តម ពេជ្រ ប៊ុនធីន'));
  });

  it('keys organizations by acronym or name, case and leading article folded', () => {
    expect(organizationNameKey('UNDP')).toBe('acronym:undp');
    expect(organizationNameKey('The Ministry of Civil Service')).toBe('en:ministry of civil service');
    expect(organizationNameKey('ក្រសួង មុខងារសាធារណៈ')).toBe('km:ក្រសួងមុខងារសាធារណៈ');
  });
});

describe('text fingerprints', () => {
  const text = 'The Royal Government of Cambodia and the UN Development Programme hold a National Conference on public sector innovation in the digital era, with experts from across the region.';
  it('rate a copy with other markup and a few misread letters as the same text', () => {
    const ocr = `**${text.replace('Cambodia', 'Carnbodia').replace(/ /g, '  ')}**`;
    expect(fingerprintSimilarity(textFingerprint(text), textFingerprint(ocr))).toBeGreaterThan(0.6);
  });
  it('rate a different text far apart', () => {
    const other = 'The Ministry of Health reports that the vaccination campaign reached every province before the rainy season began this year.';
    expect(fingerprintSimilarity(textFingerprint(text), textFingerprint(other))).toBeLessThan(0.2);
  });
});
