/** What goes on the one page of a generated PDF. */
export interface MinimalPdfPage {
  /** Content stream operators, e.g. `BT /F1 12 Tf 72 720 Td (Hi) Tj ET`; `/F1` is Helvetica. */
  content: string;
  /** Entries of the page's `/Properties` resource dictionary, e.g. `/P1 << /ActualText (x) >>`. */
  properties?: string;
}

/**
 * Builds a one-page PDF (200 × 200 pt) around a content stream, with a correct cross-reference
 * table. Small enough to write probes and test cases for pdf.js's text extraction in place.
 */
export function buildMinimalPdf({ content, properties = '' }: MinimalPdfPage): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> /Properties << ${properties} >> >> >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
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
