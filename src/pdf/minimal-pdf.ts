/** What goes on the one page of a generated PDF. */
export interface MinimalPdfPage {
  /** Content stream operators, e.g. `BT /F1 12 Tf 72 720 Td (Hi) Tj ET`; `/F1` is Helvetica. */
  content: string;
  /** Entries of the page's `/Properties` resource dictionary, e.g. `/P1 << /ActualText (x) >>`. */
  properties?: string;
  /** Pages, all drawing the same content. @defaultValue 1 */
  pages?: number;
  /** Page width and height in points. @defaultValue [200, 200] */
  size?: readonly [number, number];
}

/**
 * Builds a small PDF around a content stream, with a correct cross-reference table: probes and
 * test cases for pdf.js's text extraction, and oversized documents for the limit tests.
 */
export function buildMinimalPdf({ content, properties = '', pages = 1, size = [200, 200] }: MinimalPdfPage): Uint8Array {
  const firstPage = 5;
  const kids = Array.from({ length: pages }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    ...Array.from(
      { length: pages },
      () =>
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> /Properties << ${properties} >> >> >>`,
    ),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
