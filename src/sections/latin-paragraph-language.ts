import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { LATIN_PARAGRAPH_LANGUAGES } from '../lang/latin-paragraph-languages.js';

// franc 6.2.0's `franc(value, { minLength, only: LATIN_PARAGRAPH_LANGUAGES })`, step for step, over
// franc's own data. `import 'franc'` turns the trigram lists of all its 187 languages into lookup
// tables when it loads (a fifth of the modules' start-up cost of `extract`), and each call
// rebuilds them filtered; here only the candidate languages' tables are built, once, on first use.
// franc is pinned in package.json; latin-paragraph-language.test.ts checks the answers are franc's.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const UNDETERMINED = 'und';
const CANDIDATES = new Set(LATIN_PARAGRAPH_LANGUAGES);

interface LanguageModel {
  lang: string;
  /** Trigram → its rank in the language's list (franc keeps the first rank of a repeated one). */
  ranks: Map<string, number>;
}

const modelsByScript = new Map<string, LanguageModel[]>();

function modelsOf(script: string): LanguageModel[] {
  let models = modelsByScript.get(script);
  if (!models) {
    models = Object.entries(data[script]!)
      .filter(([lang]) => CANDIDATES.has(lang))
      .map(([lang, list]) => {
        const trigrams = list.split('|');
        const ranks = new Map<string, number>();
        for (let rank = trigrams.length - 1; rank >= 0; rank--) ranks.set(trigrams[rank]!, rank);
        return { lang, ranks };
      });
    modelsByScript.set(script, models);
  }
  return models;
}

/** The ISO 639-3 code franc gives a paragraph among the candidate languages, or `und`. */
export function latinParagraphLanguage(paragraph: string, minLength: number): string {
  if (paragraph.length < minLength) return UNDETERMINED;
  const value = paragraph.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (script === undefined) return UNDETERMINED;
  if (!Object.hasOwn(data, script)) return share > 0 && CANDIDATES.has(script) ? script : UNDETERMINED;
  const counts = trigramCounts(value);
  let best = UNDETERMINED;
  let bestDistance = Infinity;
  // Ties go to the language franc lists first, as its stable sort does.
  for (const model of modelsOf(script)) {
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = model.ranks.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) {
      best = model.lang;
      bestDistance = distance;
    }
  }
  return best;
}

function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      top = script;
      topShare = share;
    }
  }
  return [top, topShare];
}

// trigram-utils' `asDictionary`: ASCII punctuation and digits become spaces, white space collapses,
// the value is trimmed, lower-cased and padded with one space each side.
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
