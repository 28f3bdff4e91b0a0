import { describe, expect, it } from 'vitest';
import { flowedLines } from './flowed-lines.js';

describe('flowedLines', () => {
  it('joins an attribution line ending in a comma to the quotation below it', () => {
    const text = 'Mr Tay Ee Learn, Chief Officer, NTUC LearningHub said,\n“We are ready.”';
    expect(flowedLines(text)).toBe('Mr Tay Ee Learn, Chief Officer, NTUC LearningHub said, “We are ready.”');
  });

  it('joins a wrapped quotation and its attribution after “…,”', () => {
    const text = '“The trials are\nthe big ramp up,”\nsaid Kok Ping Soon.\nThe next paragraph.';
    expect(flowedLines(text)).toBe('“The trials are the big ramp up,” said Kok Ping Soon.\nThe next paragraph.');
  });

  it('keeps paragraph ends, blank lines, headings above a quotation and Khmer lines', () => {
    expect(flowedLines('It ended.\nThe next one.')).toBe('It ended.\nThe next one.');
    expect(flowedLines('Comments from CEO Jane Roe\n“We grew.”')).toBe('Comments from CEO Jane Roe\n“We grew.”');
    expect(flowedLines('one line\n\ntwo')).toBe('one line\n\ntwo');
    expect(flowedLines('ចំណងជើង\nអត្ថបទ')).toBe('ចំណងជើង\nអត្ថបទ');
  });

  it('keeps every offset', () => {
    const text = 'a wrapped\nline and,\n“quote”';
    expect(flowedLines(text)).toHaveLength(text.length);
  });
});
