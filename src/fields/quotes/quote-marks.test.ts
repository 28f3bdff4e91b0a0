import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from './quote-marks.js';

const inner = (text: string) => findQuoteSpans(text).map((s) => text.slice(s.inner.start, s.inner.end));

describe('findQuoteSpans', () => {
  it('finds curly, straight and guillemet quotations with the words inside trimmed', () => {
    const text = '“One two,” he said. He added "three four." Then «ប្រាំ ប្រាំមួយ » ។';
    expect(inner(text)).toEqual(['One two,', 'three four.', 'ប្រាំ ប្រាំមួយ']);
  });

  it('continues an English quotation into the next paragraph that opens with “', () => {
    const text = '“First paragraph goes on\n\n“and the second ends here,” she said.';
    const spans = findQuoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.inner.start, spans[0]!.inner.end)).toBe(
      'First paragraph goes on\n\n“and the second ends here,',
    );
  });

  it('joins a quotation cut by a page break when the next paragraph closes it', () => {
    const text = '“stay competitive,\n\nand realize its goals,” said X.';
    expect(inner(text)).toEqual(['stay competitive,\n\nand realize its goals,']);
  });

  it('ends an unclosed English quotation at its paragraph when nothing continues it', () => {
    const text = '“never closed\n\nA new paragraph. “Closed,” he said.';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => s.close === null)).toEqual([true, false]);
    expect(inner(text)).toEqual(['never closed', 'Closed,']);
  });

  it('runs a Khmer quotation across lines until », with a closing mark at the start of a line', () => {
    const text = 'លោកថា៖ «ខ្ញុំ\nនិយាយ\n»លោក សុខ បានបន្ថែម។';
    expect(inner(text)).toEqual(['ខ្ញុំ\nនិយាយ']);
  });

  it('keeps a nested «…» inside the outer Khmer quotation', () => {
    const text = 'គាត់ថា «គេហៅគាត់ថា «មេឃាតករ» ពីមុន»។';
    expect(inner(text)).toEqual(['គេហៅគាត់ថា «មេឃាតករ» ពីមុន']);
  });

  it('treats a « on a later line while one is open as the start of a new quotation', () => {
    const text = '«មិនបានបិទ\n«ទីពីរ»';
    expect(inner(text)).toEqual(['មិនបានបិទ', 'ទីពីរ']);
  });

  it('ignores breadcrumb » separators and a closing mark without an opening one', () => {
    expect(findQuoteSpans('ទំព័រដើម » ព័ត៌មាន » សង្គម\nពាក្យ»។')).toEqual([]);
  });

  it('does not take the apostrophe of don’t for a closing single quote', () => {
    const text = '‘If we don’t go the boss will notice’\n\nIt’s Cambodia’s vote.';
    expect(inner(text)).toEqual(['If we don’t go the boss will notice']);
  });
});
