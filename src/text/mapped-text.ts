/**
 * A string together with, for every UTF-16 unit, the offset in an original string it came from.
 * `origin` has one extra entry so that an end offset (one past the last unit) maps too.
 */
export interface MappedText {
  text: string;
  origin: Int32Array;
}

/** The identity mapping of a string onto itself. */
export function mappedText(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Replaces every match of `pattern` (which must be global) and keeps the mapping: a replacement of
 * the same length maps unit by unit, any other maps every unit to the start of what it replaced.
 * A pattern that matches nothing gives back `input` itself (normalizing runs a dozen patterns,
 * most of which find nothing in a given text).
 */
export function rewrite(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  if (!pattern.global) throw new TypeError(`Expected a global pattern, got ${pattern}`);
  const { text } = input;
  const parts: string[] = [];
  const origin = new OriginBuffer(text.length + 1);
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    copy(input, last, start, parts, origin);
    const replacement = replace(m);
    parts.push(replacement);
    if (replacement.length === m[0].length) origin.append(input.origin.subarray(start, end));
    else origin.repeat(input.origin[start]!, replacement.length);
    last = end;
  }
  if (parts.length === 0) return input;
  copy(input, last, text.length, parts, origin);
  origin.repeat(input.origin[text.length]!, 1);
  return { text: parts.join(''), origin: origin.done() };
}

/** Concatenates mapped texts, each keeping its own origins. */
export function concat(pieces: MappedText[]): MappedText {
  const text = pieces.map((p) => p.text).join('');
  const origin = new Int32Array(text.length + 1);
  let at = 0;
  for (const piece of pieces) {
    origin.set(piece.origin.subarray(0, piece.text.length), at);
    at += piece.text.length;
  }
  const lastPiece = pieces.at(-1);
  origin[text.length] = lastPiece ? lastPiece.origin[lastPiece.text.length]! : 0;
  return { text, origin };
}

/** A slice of a mapped text that keeps the origins of its units. */
export function slice(input: MappedText, start: number, end: number): MappedText {
  return { text: input.text.slice(start, end), origin: input.origin.slice(start, end + 1) };
}

function copy(input: MappedText, from: number, to: number, parts: string[], origin: OriginBuffer): void {
  if (to <= from) return;
  parts.push(input.text.slice(from, to));
  origin.append(input.origin.subarray(from, to));
}

/** Origins appended in blocks into a typed array that grows as needed. */
class OriginBuffer {
  private units: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.units = new Int32Array(capacity);
  }

  append(origins: Int32Array): void {
    this.reserve(origins.length);
    this.units.set(origins, this.size);
    this.size += origins.length;
  }

  repeat(origin: number, count: number): void {
    this.reserve(count);
    this.units.fill(origin, this.size, this.size + count);
    this.size += count;
  }

  done(): Int32Array {
    return this.units.slice(0, this.size);
  }

  private reserve(count: number): void {
    if (this.size + count <= this.units.length) return;
    const grown = new Int32Array(Math.max(2 * this.units.length, this.size + count));
    grown.set(this.units.subarray(0, this.size));
    this.units = grown;
  }
}
