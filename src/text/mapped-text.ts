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
 */
export function rewrite(input: MappedText, pattern: RegExp, replace: (match: RegExpExecArray) => string): MappedText {
  if (!pattern.global) throw new TypeError(`Expected a global pattern, got ${pattern}`);
  const parts: string[] = [];
  const origin = new OriginBuilder(input.text.length + 1);
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m !== null; m = pattern.exec(input.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    copy(input, last, start, parts, origin);
    const replacement = replace(m);
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      origin.push(input.origin[replacement.length === m[0].length ? start + i : start]!);
    }
    last = end;
  }
  copy(input, last, input.text.length, parts, origin);
  origin.push(input.origin[input.text.length]!);
  return { text: parts.join(''), origin: origin.finish() };
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

function copy(input: MappedText, from: number, to: number, parts: string[], origin: OriginBuilder): void {
  if (to <= from) return;
  parts.push(input.text.slice(from, to));
  origin.append(input.origin.subarray(from, to));
}

/**
 * Origins collected straight into typed memory: a plain array of a number per unit, copied once
 * more at the end, cost several times the text's size in time and garbage for a long text.
 */
class OriginBuilder {
  private buffer: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Int32Array(Math.max(16, capacity));
  }

  push(offset: number): void {
    this.reserve(1);
    this.buffer[this.length++] = offset;
  }

  append(offsets: Int32Array): void {
    this.reserve(offsets.length);
    this.buffer.set(offsets, this.length);
    this.length += offsets.length;
  }

  finish(): Int32Array {
    return this.buffer.length === this.length ? this.buffer : this.buffer.slice(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = new Int32Array(Math.max(this.buffer.length * 2, this.length + more));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
