// Compares franc over all its Latin-script languages with franc over LATIN_PARAGRAPH_LANGUAGES on
// the long Latin paragraphs of the dev corpus and fixtures (should stay English) and on Limon-font
// mojibake from a real broken text layer (should not read as English), with the time each takes.
//   npx tsx scripts/measure-section-languages.ts
import { readFileSync } from 'node:fs';
import { franc } from 'franc';
import { CORPUS_SPLIT } from '../src/eval/corpus-split.js';
import { LATIN_PARAGRAPH_LANGUAGES } from '../src/lang/latin-paragraph-languages.js';
import { scriptLetterCounts } from '../src/sections/script-letter-counts.js';

const corpus = process.env.PRESSPIPE_CORPUS ?? new URL('../../shared/corpus/', import.meta.url).pathname;
const read = (path: string) => readFileSync(path, 'utf8');
const latinParagraphs = (text: string) =>
  text.split('\n').filter((line) => {
    const { khmer, latin } = scriptLetterCounts(line);
    return latin >= 120 && khmer < 0.3 * (khmer + latin);
  });
const limon = (line = '') => /pþeI|kñu/.test(line);
const layer = read(new URL('../src/pages/test-data/limon-font-layer.p2.txt', import.meta.url).pathname).split('\n');

const cases = {
  'English (dev corpus, fixtures)': [
    ...CORPUS_SPLIT.dev.map((id) => read(`${corpus}/${id}.txt`)),
    ...['fixtures/bilingual-seed.txt', 'src/pdf/test-data/bilingual-p1.gt.txt', 'src/pdf/test-data/press-release-full.gt.txt'].map((f) =>
      read(new URL(`../${f}`, import.meta.url).pathname),
    ),
  ].flatMap(latinParagraphs),
  'Limon mojibake': layer.flatMap((line, i) => (limon(line) && limon(layer[i + 1]) ? [`${line} ${layer[i + 1]}`] : [])),
};

for (const [name, paragraphs] of Object.entries(cases)) {
  for (const [label, only] of [['all languages', undefined], ['LATIN_PARAGRAPH_LANGUAGES', [...LATIN_PARAGRAPH_LANGUAGES]]] as [string, string[] | undefined][]) {
    franc(paragraphs[0]!, { minLength: 10, only });
    const start = performance.now();
    const english = paragraphs.filter((p) => franc(p, { minLength: 10, only }) === 'eng').length;
    const ms = (performance.now() - start) / paragraphs.length;
    console.log(`${name}, ${label}: ${english} of ${paragraphs.length} read as English, ${ms.toFixed(2)} ms/paragraph`);
  }
}
