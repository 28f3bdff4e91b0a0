import { KHMER_COMMON_WORDS } from '../lang/khmer-common-words.js';
import { KHMER_ANY, KHMER_BASE, KHMER_MARK } from '../lang/khmer-script.js';
import { LEGACY_KHMER_FONT_SIGNS } from '../lang/legacy-khmer-font-signs.js';

/** What a PDF page's text layer gives, as the PDF stage counts it. */
export interface TextLayerSample {
  text: string;
  glyphCount: number;
  unmappedGlyphCount: number;
}

/** Whether a text layer can be trusted, and the measured reason either way. */
export interface TextLayerVerdict {
  usable: boolean;
  reason: string;
}

// Thresholds measured on ../shared/corpus (real Khmer and English) against pdf.js output without
// ActualText and a Limon-font layer (fixtures/broken-khmer-text-layer.pdf); see the README.
const MIN_TEXT_CHARS = 20;
const MAX_UNMAPPED_SHARE = 0.05;
const MIN_KHMER_FOR_STATISTICS = 300;
const MIN_COMMON_WORDS_PER_100 = 6; // real prose: 7.5–10.5; garbled clusters: about 4
const MAX_BROKEN_CLUSTERS_PER_100 = 0.5; // real prose: 0; garbled clusters: about 1.9
const MAX_STRAY_ASCII_PER_100 = 0.5;
const MIN_ODD_LATIN_WORDS = 10;
const MAX_ODD_LATIN_SHARE = 0.1; // English: under 0.5%; a Limon page: 20–90%

const KHMER_LETTER = new RegExp(`[${KHMER_ANY}]`, 'g');
// A mark with no base before it, or a vowel before a subscript: the storage order is base,
// subscripts, vowel, so either means the clusters were extracted in visual (glyph) order.
const BROKEN_CLUSTER = new RegExp(`(?:^|[^${KHMER_BASE}${KHMER_MARK}])[${KHMER_MARK}]|[\u17B6-\u17C5]\u17D2|\uFFFD`, 'gmu');
const STRAY_ASCII = new RegExp(`(?<=[${KHMER_ANY}])[!-~](?=[${KHMER_ANY}])`, 'g');
// Legacy Khmer fonts (Limon, ABC) map Khmer glyphs onto Latin code points, so their text reads as
// words with inner capitals, digits inside letters and Latin-1 symbols: `raCFanMPñMpþeIej`, `f¶éaATM`.
const ODD_LATIN_WORD = new RegExp(`\\p{Ll}\\p{Lu}|[${escapeForClass(LEGACY_KHMER_FONT_SIGNS)}]|\\p{L}\\d\\p{L}`, 'u');

/**
 * Judges a PDF page's text layer: empty, glyphs that map to nothing, Khmer in visual order or with
 * stray ASCII, a Khmer common-word rate far below normal, or legacy-font Latin mojibake.
 */
export function judgeTextLayer(sample: TextLayerSample): TextLayerVerdict {
  const { text } = sample;
  const visible = text.replace(/\s/g, '').length;
  if (visible < MIN_TEXT_CHARS) return { usable: false, reason: `no text layer (${visible} characters)` };
  if (sample.glyphCount > 0 && sample.unmappedGlyphCount / sample.glyphCount > MAX_UNMAPPED_SHARE) {
    return { usable: false, reason: `${percent(sample.unmappedGlyphCount / sample.glyphCount)} of glyphs map to no character` };
  }

  const khmer = text.match(KHMER_LETTER)?.length ?? 0;
  if (khmer >= MIN_KHMER_FOR_STATISTICS) {
    const broken = per100(text.match(BROKEN_CLUSTER)?.length ?? 0, khmer);
    if (broken > MAX_BROKEN_CLUSTERS_PER_100) {
      return { usable: false, reason: `Khmer clusters out of order (${broken.toFixed(2)} per 100 Khmer characters)` };
    }
    const stray = per100(text.match(STRAY_ASCII)?.length ?? 0, khmer);
    if (stray > MAX_STRAY_ASCII_PER_100) {
      return { usable: false, reason: `stray ASCII inside Khmer words (${stray.toFixed(2)} per 100 Khmer characters)` };
    }
    const common = per100(countCommonWords(text), khmer);
    if (common < MIN_COMMON_WORDS_PER_100) {
      return { usable: false, reason: `Khmer common words far below normal (${common.toFixed(1)} per 100 characters)` };
    }
  }

  const latinWords = text.split(/\s+/).filter((w) => w.length >= 3 && /\p{Script=Latin}/u.test(w));
  const odd = latinWords.filter((w) => ODD_LATIN_WORD.test(w)).length;
  if (odd >= MIN_ODD_LATIN_WORDS && odd / latinWords.length > MAX_ODD_LATIN_SHARE) {
    return {
      usable: false,
      reason: `Latin text looks like a legacy Khmer font (${odd} of ${latinWords.length} words like \`${latinWords.find((w) => ODD_LATIN_WORD.test(w))}\`)`,
    };
  }
  return { usable: true, reason: khmer > 0 ? 'text layer with valid Khmer' : 'text layer' };
}

function countCommonWords(text: string): number {
  let n = 0;
  for (const word of KHMER_COMMON_WORDS) n += text.split(word).length - 1;
  return n;
}

function per100(count: number, of: number): number {
  return (100 * count) / of;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
