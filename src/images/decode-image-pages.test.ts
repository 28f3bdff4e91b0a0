import { createDeflate, crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CorruptImageError, InputTooLargeError, UnsupportedMediaTypeError } from '../errors/input-errors.js';
import { decodeGrayImagePages } from './decode-image-pages.js';

const limits = { maxPixels: 50_000_000, maxPages: 20 };

const page = (width: number, height: number, shade: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: shade, g: shade, b: shade } } });

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid all-black grayscale PNG of `side` × `side` pixels, a few MB on disk. */
async function decompressionBomb(side: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const compressed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const rows = Buffer.alloc((side + 1) * 100);
  for (let row = 0; row < side; row += 100) deflate.write(rows);
  deflate.end();
  await ended;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(compressed)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('decodeGrayImagePages', () => {
  it('gives a PNG as gray pixels and defaults to 300 dpi when it has no resolution', async () => {
    const png = await page(40, 30, 200).png().toBuffer();
    const [only, ...rest] = await decodeGrayImagePages(png, 'image/png', limits);
    expect(rest).toHaveLength(0);
    expect(only).toMatchObject({ dpi: 300, gray: { width: 40, height: 30 } });
    expect(only!.gray.data.every((value) => value === 200)).toBe(true);
  });

  it('reads the resolution of a JPEG', async () => {
    const jpeg = await page(50, 20, 120).jpeg().withMetadata({ density: 200 }).toBuffer();
    const [only] = await decodeGrayImagePages(jpeg, 'image/jpeg', limits);
    expect(only).toMatchObject({ dpi: 200, gray: { width: 50, height: 20 } });
  });

  it('gives each page of a multi-page TIFF as gray pixels with the file resolution', async () => {
    const tiff = await sharp([await page(30, 20, 0).png().toBuffer(), await page(30, 20, 255).png().toBuffer()], { join: { animated: true } })
      .tiff({ xres: 200 / 25.4, yres: 200 / 25.4 })
      .toBuffer();
    const pages = await decodeGrayImagePages(tiff, 'image/tiff', limits);
    expect(pages.map((p) => [p.gray.width, p.gray.height, p.gray.data.length, p.dpi])).toEqual([[30, 20, 600, 200], [30, 20, 600, 200]]);
    expect(Math.max(...pages[0]!.gray.data)).toBe(0);
    expect(Math.min(...pages[1]!.gray.data)).toBe(255);
  });

  it('refuses more pages than the limit before decoding any', async () => {
    const tiff = await sharp([await page(10, 10, 0).png().toBuffer(), await page(10, 10, 0).png().toBuffer()], { join: { animated: true } })
      .tiff()
      .toBuffer();
    await expect(decodeGrayImagePages(tiff, 'image/tiff', { ...limits, maxPages: 1 })).rejects.toBeInstanceOf(InputTooLargeError);
  });

  it('stops a 30000 × 30000 decompression bomb from its header, with memory bounded', async () => {
    const bomb = await decompressionBomb(30_000);
    expect(bomb.length).toBeLessThan(5_000_000);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = await decodeGrayImagePages(bomb, 'image/png', limits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).limit).toBe('pixels');
    expect(performance.now() - started).toBeLessThan(1000);
    // Decoding would need 900 MB for the pixels alone.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100_000_000);
  });

  it('reports bytes that are not an image as corrupt', async () => {
    await expect(decodeGrayImagePages(new TextEncoder().encode('not a png at all'), 'image/png', limits)).rejects.toBeInstanceOf(CorruptImageError);
    const png = await page(40, 30, 200).png().toBuffer();
    await expect(decodeGrayImagePages(png.subarray(0, 60), 'image/png', limits)).rejects.toBeInstanceOf(CorruptImageError);
  });

  it('refuses media types it does not decode', async () => {
    await expect(decodeGrayImagePages(new Uint8Array(4), 'image/gif', limits)).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
  });
});
