/** A TIFF of `frames` pages of `side` × `side` pixels whose headers are real and whose pixels are absent. */
export function manyFrameTiff(frames: number, side: number): Buffer {
  const entries = 8;
  const ifdSize = 2 + entries * 12 + 4;
  const buffer = Buffer.alloc(8 + frames * ifdSize);
  buffer.write('II', 0, 'latin1');
  buffer.writeUInt16LE(42, 2);
  buffer.writeUInt32LE(8, 4);
  for (let f = 0; f < frames; f += 1) {
    const at = 8 + f * ifdSize;
    buffer.writeUInt16LE(entries, at);
    const tags: [number, number, number][] = [
      [256, 4, side], // ImageWidth
      [257, 4, side], // ImageLength
      [258, 3, 1], // BitsPerSample
      [259, 3, 1], // Compression: none
      [262, 3, 0], // Photometric: white is zero
      [273, 4, 0], // StripOffsets
      [278, 4, side], // RowsPerStrip
      [279, 4, (side * side) / 8], // StripByteCounts
    ];
    tags.forEach(([tag, type, value], i) => {
      const e = at + 2 + i * 12;
      buffer.writeUInt16LE(tag, e);
      buffer.writeUInt16LE(type, e + 2);
      buffer.writeUInt32LE(1, e + 4);
      if (type === 3) buffer.writeUInt16LE(value, e + 8);
      else buffer.writeUInt32LE(value, e + 8);
    });
    buffer.writeUInt32LE(f + 1 < frames ? at + ifdSize : 0, at + 2 + entries * 12);
  }
  return buffer;
}
