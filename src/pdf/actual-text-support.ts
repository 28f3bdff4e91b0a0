import { buildMinimalPdf } from './minimal-pdf.js';
import { loadPdfjs, pdfjsAssetPaths } from './pdfjs-runtime.js';

// A page whose only glyph, "x", sits in a span that says its text is "AB". Unpatched pdf.js reads
// "x"; with vendor/pdfjs/pdfjs-dist+5.6.205.patch applied it reads "AB".
const PROBE = buildMinimalPdf({ content: 'BT /F1 12 Tf 20 100 Td /Span << /ActualText (AB) >> BDC (x) Tj EMC ET' });

let probing: Promise<boolean> | undefined;

/**
 * Whether the pdf.js worker presspipe loads reads `/ActualText` (it is the patched one shipped in
 * `vendor/pdfjs/`). Without it Khmer text layers from LibreOffice and Word come out garbled;
 * callers should warn or OCR instead. Probes once per process.
 */
export function actualTextSupport(): Promise<boolean> {
  probing ??= (async () => {
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({ data: PROBE.slice(), ...pdfjsAssetPaths(), isEvalSupported: false, verbosity: 0 }).promise;
    try {
      const content = await (await doc.getPage(1)).getTextContent();
      return content.items.map((item) => ('str' in item ? item.str : '')).join('') === 'AB';
    } finally {
      await doc.destroy();
    }
  })();
  return probing;
}
