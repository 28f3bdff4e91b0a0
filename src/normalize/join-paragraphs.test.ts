import { describe, expect, it } from 'vitest';
import { mappedText } from '../text/mapped-text.js';
import { joinBrokenParagraphs, joinLayoutLines } from './join-paragraphs.js';

describe('joinLayoutLines', () => {
  it('joins Khmer wrapped inside a word with nothing and Latin lines with a space', () => {
    expect(joinLayoutLines(mappedText('ឆ្លើយតប\nទៅ and\nmore\n\nnext')).text).toBe('ឆ្លើយតបទៅ and more\n\nnext');
  });
});

describe('joinBrokenParagraphs', () => {
  it('joins an English quote cut by a page break after a comma', () => {
    const t = joinBrokenParagraphs(mappedText('“They also stay competitive,\n\nand realize goals,” said X.'));
    expect(t.text).toBe('“They also stay competitive, and realize goals,” said X.');
  });

  it('does not join a label line to a headline that opens with a camel-case brand', () => {
    expect(joinBrokenParagraphs(mappedText('MEDIA RELEASE\n\niFly Singapore takes flight')).text).toBe('MEDIA RELEASE\n\niFly Singapore takes flight');
  });

  it('joins an open Khmer quotation without a space', () => {
    const t = joinBrokenParagraphs(mappedText('មានប្រសាសន៍ថា «សេវាសាធារណៈ ដែលឆ្លើយតបទៅ\n\nតាមការរំពឹងទុក។»'));
    expect(t.text).toBe('មានប្រសាសន៍ថា «សេវាសាធារណៈ ដែលឆ្លើយតបទៅតាមការរំពឹងទុក។»');
  });

  it('keeps paragraphs that end a sentence or start a new one', () => {
    const text = 'A heading\n\nThe body starts.\n\nAnother one.';
    expect(joinBrokenParagraphs(mappedText(text)).text).toBe(text);
  });

  it('keeps offsets of the joined text pointing into the original', () => {
    const raw = 'cut off,\n\nand then';
    const t = joinBrokenParagraphs(mappedText(raw));
    expect(raw[t.origin[t.text.indexOf('and')]!]).toBe('a');
  });
});
