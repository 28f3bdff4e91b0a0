import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { PipelineOptionsSchema, type PipelineOptionsInput } from '../src/config/pipeline-options.js';
import type { GrayImage } from '../src/images/gray-image.js';
import { createFakeOcrEngine } from '../src/ocr/fake-ocr-engine.js';
import type { OcrImage } from '../src/ocr/ocr-engine.js';
import { buildMinimalPdf } from '../src/pdf/minimal-pdf.js';
import { extractRelease } from '../src/pipeline/extract-release.js';

/** The pixels the pipeline handed to OCR: rendered PDF pages go as gray pixels. */
const grayOf = (image: OcrImage): GrayImage => {
  if (!('gray' in image)) throw new Error('expected the pipeline to hand OCR gray pixels');
  return image.gray;
};

const run = (bytes: Uint8Array, options: PipelineOptionsInput = {}) => {
  const ocr = createFakeOcrEngine(() => 'text');
  return { ocr, release: extractRelease({ bytes, filename: null }, PipelineOptionsSchema.parse(options), { ocr }) };
};

// 20,000 × 10,000 white pixels: 200 megapixels that compress to a few hundred kilobytes.
let made: Promise<Buffer> | undefined;
const bomb = () => (made ??= makeBomb());
const makeBomb = () =>
  sharp({ create: { width: 20_000, height: 10_000, channels: 3, background: '#ffffff' }, limitInputPixels: false })
    .greyscale()
    .png({ compressionLevel: 9 })
    .toBuffer();

describe('inputs beyond the limits', () => {
  it('refuses a 2,000-page PDF before reading a page', async () => {
    const pdf = buildMinimalPdf({ content: 'BT /F1 12 Tf 20 100 Td (page) Tj ET', pages: 2000 });
    const { ocr, release } = run(pdf);
    await expect(release).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', limit: 'pages' });
    expect(ocr.calls).toHaveLength(0);
  });

  it('refuses a 200-megapixel image from its header, without decoding its pixels', async () => {
    const png = await bomb();
    const before = process.memoryUsage().rss;
    await expect(run(png).release).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', limit: 'pixels' });
    // Decoding would need 200 MB for the pixels alone.
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 2 ** 20);
  });

  it('renders a huge PDF page for OCR at a lower resolution that fits the pixel limit', async () => {
    const maxPixels = 4_000_000;
    const pdf = buildMinimalPdf({ content: '', size: [14_400, 14_400] });
    const { ocr, release } = run(pdf, { maxPixels, ocr: 'always' });
    await release;
    const image = ocr.calls[0]!;
    const { width, height } = grayOf(image);
    expect(width * height).toBeLessThanOrEqual(maxPixels);
    expect(image.dpi).toBeLessThan(300);
  });

  it('fails the bomb with one line and still extracts the next file of the batch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presspipe-limits-'));
    const bombPath = join(dir, 'bomb.png');
    writeFileSync(bombPath, await bomb());
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Phnom Penh, 04 March 2019 – A short release.\n');
    let stderr = '';
    const code = await main(['extract', '--out', join(dir, 'out'), bombPath, good], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
    });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(new RegExp(`${bombPath}: INPUT_TOO_LARGE: pixels: got 200,000,000`));
    expect(readdirSync(join(dir, 'out'))).toHaveLength(1);
  });
});

describe('a PDF that embeds an image larger than the pixel limit', () => {
  it('leaves the image out instead of decoding it', async () => {
    const side = 2000;
    const pixels = deflateSync(Buffer.alloc(side * side));
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
      '<< /Length 32 >>\nstream\nq 200 0 0 200 0 0 cm /Im1 Do Q\nendstream',
    ];
    const head = objects.map((o, i) => `${i + 1} 0 obj\n${o}\nendobj\n`).join('');
    const image = `5 0 obj\n<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`;
    const pdf = Buffer.concat([Buffer.from(`%PDF-1.4\n${head}${image}`, 'latin1'), pixels, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1')]);

    const drawn = run(new Uint8Array(pdf), { ocr: 'always', maxPixels: 10_000_000 });
    await drawn.release;
    const limited = run(new Uint8Array(pdf), { ocr: 'always', maxPixels: 1_000_000 });
    await limited.release;
    // The image is black: drawn, the page is dark; left out, it stays white.
    const mean = (image: OcrImage) => grayOf(image).data.reduce((sum, v) => sum + v, 0) / grayOf(image).data.length;
    expect(mean(drawn.ocr.calls[0]!)).toBeLessThan(50);
    expect(mean(limited.ocr.calls[0]!)).toBeGreaterThan(250);
  });
});
