import { convert } from 'html-to-text';

// html-to-text walks the parsed document (htmlparser2), so entities are decoded, scripts, styles
// and comments never reach the text, and block elements keep their paragraph breaks. The page's
// <title> comes first as its own paragraph, where field rules look for the headline.
const OPTIONS = {
  wordwrap: false as const,
  baseElements: { selectors: ['title', 'body'], joinString: '\n\n' },
  selectors: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'table', format: 'dataTable' },
  ],
};

/** The text of an HTML page: its title, then its body, one paragraph per block. */
export function htmlToPlainText(html: string): string {
  return convert(html, OPTIONS);
}
