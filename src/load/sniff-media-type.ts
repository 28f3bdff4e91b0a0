import { fileTypeFromBuffer } from 'file-type/core';
import { EmptyInputError, UnsupportedMediaTypeError } from '../errors/input-errors.js';
import type { MediaType } from '../schema/release.js';

const BINARY_TYPES: Record<string, MediaType> = {
  'application/pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/tiff': 'image/tiff',
};

/** Tells the media type from the bytes themselves; a file's name is never trusted. */
export async function sniffMediaType(bytes: Uint8Array): Promise<MediaType> {
  if (bytes.length === 0) throw new EmptyInputError('the file');
  // A byte-order mark settles it before any signature is tried: FF FE, how Windows Notepad starts
  // "Unicode" text, is also a valid MPEG audio frame header, and the signature sniffer says audio/mpeg.
  if (hasUtf16Bom(bytes)) return textMediaType(bytes);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const known = BINARY_TYPES[detected.mime];
    if (known) return known;
    throw new UnsupportedMediaTypeError(`${detected.mime} (.${detected.ext})`);
  }
  // A PDF may carry junk before its header; readers accept it within the first kilobyte.
  if (indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'application/pdf';
  if (looksBinary(bytes)) throw new UnsupportedMediaTypeError('binary data of an unknown format');
  return textMediaType(bytes);
}

// The tags that tell HTML from plain text in the WHATWG MIME Sniffing Standard ("rules for
// identifying an unknown MIME type"): after leading white space, one of these, case-insensitive,
// followed by a space or `>` (a comment needs nothing after it).
const HTML_OPENINGS = ['<!DOCTYPE HTML', '<HTML', '<HEAD', '<SCRIPT', '<IFRAME', '<H1', '<DIV', '<FONT', '<TABLE', '<A', '<STYLE', '<TITLE', '<B', '<BODY', '<BR', '<P'];
const HTML_START = new RegExp(`^\\s*(?:<!--|(?:${HTML_OPENINGS.join('|')})[ >])`, 'i');

function textMediaType(bytes: Uint8Array): MediaType {
  const encoding = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : hasUtf16Bom(bytes) ? 'utf-16le' : 'utf-8';
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 1024));
  return HTML_START.test(head) ? 'text/html' : 'text/plain';
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, 'latin1');
}
