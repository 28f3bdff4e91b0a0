import { describe, expect, it } from 'vitest';
import { frontMatterEnd } from './front-matter.js';

describe('frontMatterEnd', () => {
  it('ends after the closing --- of a YAML block at the top, folded values included', () => {
    const head = '---\ntitle: "Partners Secure Targets\\\n\\ and Financing"\nimage: "@/assets/a.webp"\ntags: []\n---\n';
    expect(frontMatterEnd(`${head}\nBody “text”.`)).toBe(head.length);
  });

  it('is 0 without front matter or when the block between rules is prose', () => {
    expect(frontMatterEnd('Title\n---\nkey: "value"\n---\n')).toBe(0);
    expect(frontMatterEnd('---\nA heading line\nand prose, “quoted”\n---\n')).toBe(0);
  });
});
