import { describe, expect, it } from 'vitest';
import { createFakeOcrEngine } from './fake-ocr-engine.js';

describe('createFakeOcrEngine', () => {
  it('returns the given text with word offsets and records each call', async () => {
    const engine = createFakeOcrEngine((image, call) => `ទំព័រ ${call + 1}\n\ndpi ${image.dpi}`, 0.75);
    const result = await engine.recognize({ encoded: new Uint8Array(1), dpi: 200 });
    expect(result.text).toBe('ទំព័រ 1\n\ndpi 200');
    expect(result.words.map((word) => result.text.slice(word.start, word.end))).toEqual(['ទំព័រ', '1', 'dpi', '200']);
    expect(result).toMatchObject({ confidence: 0.75, lines: 2 });
    expect(engine.calls).toHaveLength(1);
    await engine.close();
    expect(engine.closed).toBe(true);
    await expect(engine.recognize({ encoded: new Uint8Array(1), dpi: 300 })).rejects.toThrow('closed');
  });
});
