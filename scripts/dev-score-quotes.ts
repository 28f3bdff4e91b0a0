// Dev score for quotes, attribution and speakers over /work/shared/corpus (and the seed), using the
// corpus README's matching rules. Usage: npx tsx scripts/dev-score-quotes.ts [--verbose] [--split] [NNN...]
// Each document is one section of its language, unless --split asks splitSections for the sections.
import { readFileSync, readdirSync } from 'node:fs';
import { extractQuotesAndSpeakers } from '../src/fields/quotes/extract-quotes-and-speakers.js';
import { KHMER_HONORIFICS } from '../src/lang/khmer-honorifics.js';
import { ENGLISH_HONORIFICS } from '../src/lang/english-honorifics.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { splitSections } from '../src/sections/split-sections.js';
import type { Quote, Speaker } from '../src/schema/release.js';

const CORPUS = '/work/shared/corpus';
const SEED = '/work/shared/seed/000_e29f60e701293e0f.txt';

interface TruthSpeaker {
  name: string;
  name_en?: string | null;
  aliases?: string[];
}
interface Truth {
  languages: string[];
  speakers: TruthSpeaker[];
  quotes: Array<{ speaker: string | null; lang: string; text_start: string }>;
  not_quotes: string[];
}

const norm = (s: string, lang: string) => {
  const t = normalizeText(s.replace(/[\u200B-\u200D\u2063]/g, '')).text.trim();
  return lang === 'en' ? t.replace(/\s+/g, ' ') : t;
};
const honorifics = [...KHMER_HONORIFICS.map((h) => h.form), ...ENGLISH_HONORIFICS.map((h) => h.form)].sort(
  (a, b) => b.length - a.length,
);
function bare(name: string): string {
  let n = name.replace(/\*/g, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of honorifics) {
      for (const form of [h, `${h}.`]) {
        if (n.startsWith(form) && n.length > form.length) {
          n = n.slice(form.length).trim();
          changed = true;
        }
      }
    }
  }
  return normalizeText(n).text;
}

interface Counts {
  pred: number;
  truth: number;
  match: number;
  attributed: number;
  fp: number;
  spPred: number;
  spTruth: number;
  spMatch: number;
}
const zero = (): Counts => ({ pred: 0, truth: 0, match: 0, attributed: 0, fp: 0, spPred: 0, spTruth: 0, spMatch: 0 });

function truthNames(t: TruthSpeaker): string[] {
  return [t.name, ...(t.aliases ?? []), ...(t.name_en ? [t.name_en] : [])].map(bare);
}
function predNames(name: string | null, speakers: Speaker[]): string[] {
  if (name === null) return [];
  const s = speakers.find((x) => x.name === name);
  return [name, ...(s?.names.en ? [s.names.en] : []), ...(s?.names.km ? [s.names.km] : [])].map(bare);
}

function score(id: string, text: string, sections: Array<{ lang: 'km' | 'en'; start: number; end: number }>, truth: Truth, verbose: boolean): Counts {
  const { quotes, speakers } = extractQuotesAndSpeakers({ text, sections });
  const c = zero();
  c.pred = quotes.length;
  c.truth = truth.quotes.length;
  const used = new Set<number>();
  const matchedTruth = new Map<number, Quote>();
  // One-to-one in document order: each truth quote takes the first unused prediction that
  // matches, looking after the previous match first.
  let from = 0;
  truth.quotes.forEach((tq, ti) => {
    const start = norm(tq.text_start, tq.lang);
    const order = [...quotes.keys()].filter((k) => k >= from).concat([...quotes.keys()].filter((k) => k < from));
    for (const k of order) {
      if (used.has(k)) continue;
      if (norm(quotes[k]!.text, tq.lang).startsWith(start)) {
        used.add(k);
        matchedTruth.set(ti, quotes[k]!);
        from = k + 1;
        return;
      }
    }
  });
  c.match = matchedTruth.size;
  for (const [ti, q] of matchedTruth) {
    const tq = truth.quotes[ti]!;
    const ts = truth.speakers.find((s) => s.name === tq.speaker);
    const ok = tq.speaker === null ? q.speaker === null : ts !== undefined && predNames(q.speaker, speakers).some((n) => truthNames(ts).includes(n));
    if (ok) c.attributed++;
    else if (verbose) console.log(`  ATTR ${id}: "${q.text.slice(0, 40)}" pred=${q.speaker} truth=${tq.speaker}`);
  }
  const notQuotes = truth.not_quotes.map((n) => norm(n, 'km'));
  quotes.forEach((q, k) => {
    if (used.has(k)) return;
    if (notQuotes.some((n) => norm(q.text, 'km').startsWith(n))) c.fp++;
    if (verbose) console.log(`  FP   ${id}: [${q.lang}] "${q.text.slice(0, 60)}" speaker=${q.speaker}`);
  });
  if (verbose) {
    truth.quotes.forEach((tq, ti) => {
      if (!matchedTruth.has(ti)) console.log(`  MISS ${id}: "${tq.text_start}" (${tq.speaker})`);
    });
  }
  c.spPred = speakers.length;
  c.spTruth = truth.speakers.length;
  for (const ts of truth.speakers) {
    const names = truthNames(ts);
    if (speakers.some((s) => predNames(s.name, speakers).some((n) => names.includes(n)))) c.spMatch++;
    else if (verbose) console.log(`  SPK MISS ${id}: ${ts.name}`);
  }
  if (verbose) console.log(`  speakers ${id}: ${speakers.map((s) => `${s.name}${s.names.km ? `/${s.names.km}` : ''} [${s.role ?? ''}|${s.organization ?? ''}]`).join('; ')}`);
  return c;
}

function add(a: Counts, b: Counts): Counts {
  const out = zero();
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}
const f1 = (tp: number, pred: number, truth: number) => {
  const p = pred ? tp / pred : 0;
  const r = truth ? tp / truth : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
function report(label: string, c: Counts): void {
  const q = f1(c.match, c.pred, c.truth);
  const a = f1(c.attributed, c.pred, c.truth);
  const s = f1(c.spMatch, c.spPred, c.spTruth);
  const fmt = (x: { p: number; r: number; f: number }) => `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f.toFixed(3)}`;
  console.log(`${label.padEnd(8)} quotes ${fmt(q)} | attributed ${fmt(a)} | speakers ${fmt(s)} | not_quote FPs ${c.fp}`);
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const useSplit = args.includes('--split');
const only = args.filter((a) => /^\d{3}$/.test(a));
const totals: Record<string, Counts> = { km: zero(), en: zero() };
for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
  const id = file.slice(0, 3);
  if (only.length && !only.includes(id)) continue;
  const truth = JSON.parse(readFileSync(`${CORPUS}/${id}.truth.json`, 'utf8')) as Truth;
  const text = normalizeText(readFileSync(`${CORPUS}/${file}`, 'utf8')).text;
  const lang = truth.languages[0] as 'km' | 'en';
  const sections = useSplit ? splitSections(text).sections : [{ lang, start: 0, end: text.length }];
  const c = score(id, text, sections, truth, verbose);
  totals[lang] = add(totals[lang]!, c);
  report(id, c);
}
report('km', totals.km!);
report('en', totals.en!);
report('all', add(totals.km!, totals.en!));

if (only.length === 0) {
  const seed = normalizeText(readFileSync(SEED, 'utf8')).text;
  const split = seed.indexOf('SPARKING INNOVATION IN THE PUBLIC SECTOR');
  const result = extractQuotesAndSpeakers({
    text: seed,
    sections: [
      { lang: 'km', start: 0, end: split },
      { lang: 'en', start: split, end: seed.length },
    ],
  });
  console.log('seed:', JSON.stringify({ speakers: result.speakers.map(({ mentions, ...s }) => ({ ...s, mentions: mentions.length })), quotes: result.quotes.map((q) => ({ ...q, text: q.text.slice(0, 50) })), warnings: result.warnings }, null, 1));
}
