import { describe, expect, it } from 'vitest';
import { EmptyInputError, UnreadableEncodingError, UnsupportedMediaTypeError } from '../errors/input-errors.js';
import { decodeText } from './decode-text.js';
import { htmlToPlainText } from './html-text.js';
import { sniffMediaType } from './sniff-media-type.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffMediaType', () => {
  it('knows a PDF by its header, whatever its name', async () => {
    expect(await sniffMediaType(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('application/pdf');
  });

  it('knows PNG, JPEG and TIFF by their signatures', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await sniffMediaType(png)).toBe('image/png');
    expect(await sniffMediaType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]))).toBe('image/jpeg');
    expect(await sniffMediaType(Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0]))).toBe('image/tiff');
  });

  it('takes Khmer UTF-8 as text', async () => {
    expect(await sniffMediaType(utf8('រាជធានីភ្នំពេញ'))).toBe('text/plain');
  });

  it('takes UTF-16 with a byte-order mark as text, though FF FE also starts an MPEG audio frame', async () => {
    const text = 'Phnom Penh, 4 March 2019 — the ministry said.';
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(await sniffMediaType(le)).toBe('text/plain');
    expect(await sniffMediaType(be)).toBe('text/plain');
    expect(decodeText(le)).toBe(text);
    expect(decodeText(be)).toBe(text);
  });

  it('knows HTML by the tags the WHATWG sniffing rules name, in UTF-8 or UTF-16', async () => {
    expect(await sniffMediaType(utf8('\n <!DOCTYPE html><html><body><p>Text</p></body></html>'))).toBe('text/html');
    expect(await sniffMediaType(utf8('<p class="x">Phnom Penh, 4 March 2019 – Text.</p>'))).toBe('text/html');
    expect(await sniffMediaType(utf8('<!-- saved page --><div>Text</div>'))).toBe('text/html');
    expect(await sniffMediaType(Uint8Array.from([0xff, 0xfe, ...Buffer.from('<html><body>ខែមីនា</body></html>', 'utf16le')]))).toBe('text/html');
    expect(await sniffMediaType(utf8('Press release on <b>tags</b> in a sentence.'))).toBe('text/plain');
    expect(await sniffMediaType(utf8('<Phnom Penh> is not a tag'))).toBe('text/plain');
  });

  it('refuses a zip and unknown binary data with a typed error', async () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(sniffMediaType(zip)).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(sniffMediaType(Uint8Array.from([1, 2, 0, 3, 4]))).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('refuses an empty file', async () => {
    await expect(sniffMediaType(new Uint8Array())).rejects.toBeInstanceOf(EmptyInputError);
  });
});

describe('htmlToPlainText', () => {
  it('keeps the title and paragraph breaks, and drops tags, styles, scripts and link targets', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Ministry opens centre</title><style>p { font-family: "Khmer OS", "Arial"; }</style>' +
      '<script>var quote = "not text";</script></head><body><h1>Ministry opens centre</h1>' +
      '<p>Phnom Penh, 4 March 2019 &ndash; The minister said &ldquo;we are proud&rdquo;.</p>' +
      '<p>Read <a href="https://example.org/report">the report</a>.<img src="photo.png" alt="photo"></p></body></html>';
    const text = htmlToPlainText(html);
    expect(text.trim().split(/\n{2,}/)).toEqual([
      'Ministry opens centre',
      'Ministry opens centre',
      'Phnom Penh, 4 March 2019 – The minister said “we are proud”.',
      'Read the report.',
    ]);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and UTF-16 with a BOM', () => {
    expect(decodeText(utf8('ខែមីនា'))).toBe('ខែមីនា');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('ខែ', 'utf16le')]);
    expect(decodeText(utf16)).toBe('ខែ');
  });

  it('refuses Latin-1 bytes and says where the first bad byte is', () => {
    const latin1 = Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' au lait')]);
    expect(() => decodeText(latin1)).toThrow(UnreadableEncodingError);
    expect(() => decodeText(latin1)).toThrow(/byte 3/);
  });

  it('refuses text that is only white space', () => {
    expect(() => decodeText(utf8(' \n\t\n'))).toThrow(EmptyInputError);
  });
});
