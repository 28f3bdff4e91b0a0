import { describe, expect, it } from 'vitest';
import { extractFields } from './extract-fields.js';

describe('extractFields on a website export', () => {
  it('takes no quote from the YAML front matter, and keeps those of the body', () => {
    const text = [
      '---',
      'title: "Partners Secure Climate Targets"',
      'date: 2025-07-19',
      'image: "@/assets/news-and-events/article-17/thumbnail.jpg"',
      '---',
      '',
      'Takeo Province, On the afternoon of July 5, 2025, the team met the students.',
      '',
      '“We are proud of these students,” said Chea Vandeth, the Minister.',
    ].join('\n');
    const fields = extractFields({ text, sections: [] });
    expect(fields.quotes.map((q) => q.text)).toEqual(['We are proud of these students,']);
    expect([fields.title.en, fields.date, fields.eventDate, fields.place]).toEqual(['Partners Secure Climate Targets', '2025-07-19', '2025-07-05', 'Takeo Province']);
  });
});
