// Development score for date, place, title, contacts and organizations over the corpus and the
// seed. Matching follows /work/shared/corpus/README.md: both sides go through normalizeText (so
// zero-width characters, white space and Khmer cluster order compare equal).
// Usage: npx tsx scripts/dev-score-meta.ts [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { extractContacts } from '../src/fields/contacts/extract-contacts.js';
import { extractDate } from '../src/fields/date/extract-date.js';
import type { FieldContext } from '../src/fields/field-types.js';
import { extractOrganizations } from '../src/fields/organizations/extract-organizations.js';
import { extractPlace } from '../src/fields/place/extract-place.js';
import { extractTitle } from '../src/fields/title/extract-title.js';
import { normalizeText } from '../src/normalize/normalize-text.js';
import { splitSections } from '../src/sections/split-sections.js';

const CORPUS = '/work/shared/corpus';
const SEED = new URL('../fixtures/bilingual-seed.txt', import.meta.url);
const SEED_EXPECTED = new URL('../fixtures/bilingual-seed.expected.json', import.meta.url);
const verbose = process.argv.includes('--verbose');

interface Truth {
  date: string | null;
  place: string | null;
  title_en: string | null;
  title_km: string | null;
  contacts: unknown[];
  organizations: string[];
  organization_aliases?: Record<string, string[]>;
}

// Khmer spaces are optional between words, so Khmer forms compare without them.
const strict = (s: string): string => normalizeText(s).text.toLowerCase();
const norm = (s: string): string => {
  const text = normalizeText(s).text.toLowerCase();
  return /[\u1780-\u17FF]/.test(text) ? text.replace(/\s+/g, '') : text;
};

function context(raw: string): FieldContext {
  const text = normalizeText(raw).text;
  return { text, sections: splitSections(text).sections };
}

const tally = { dateOk: 0, dateN: 0, placeOk: 0, placeN: 0, titleOk: 0, titleN: 0, contactsFp: 0, orgTp: 0, orgTruth: 0, orgPredOk: 0, orgPred: 0 };

for (const file of readdirSync(CORPUS).filter((f) => /^\d+\.txt$/.test(f)).sort()) {
  const id = file.slice(0, 3);
  const truth = JSON.parse(readFileSync(`${CORPUS}/${id}.truth.json`, 'utf8')) as Truth;
  const ctx = context(readFileSync(`${CORPUS}/${file}`, 'utf8'));
  const date = extractDate(ctx).date;
  const place = extractPlace(ctx).place;
  const title = extractTitle(ctx).title;
  const contacts = extractContacts(ctx).contacts;
  const orgs = extractOrganizations(ctx).organizations;

  tally.dateN++;
  if (date === truth.date) tally.dateOk++;
  tally.placeN++;
  const placeOk = (place === null ? null : strict(place)) === (truth.place === null ? null : strict(truth.place));
  if (placeOk) tally.placeOk++;
  const truthTitle = truth.title_en ?? truth.title_km;
  const gotTitle = truth.title_en !== null ? title.en : title.km;
  tally.titleN++;
  const titleOk = truthTitle !== null && gotTitle !== undefined && strict(gotTitle) === strict(truthTitle);
  if (titleOk) tally.titleOk++;
  tally.contactsFp += Math.max(0, contacts.length - truth.contacts.length);

  const truthForms = truth.organizations.map((o) => new Set([o, ...(truth.organization_aliases?.[o] ?? [])].map(norm)));
  const predForms = orgs.map((o) => new Set([o.name, o.acronym, o.names.en, o.names.km].filter((x): x is string => !!x).map(norm)));
  const overlaps = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));
  const matchedTruth = truthForms.filter((t) => predForms.some((p) => overlaps(t, p)));
  const unmatchedPred = orgs.filter((_, i) => !truthForms.some((t) => overlaps(t, predForms[i]!)));
  tally.orgTruth += truthForms.length;
  tally.orgTp += matchedTruth.length;
  tally.orgPred += orgs.length;
  tally.orgPredOk += orgs.length - unmatchedPred.length;

  const flag = (ok: boolean): string => (ok ? 'ok ' : 'BAD');
  console.log(`${id} date ${flag(date === truth.date)} ${date} (truth ${truth.date}) | place ${flag(placeOk)} ${place} (truth ${truth.place})`);
  console.log(`    title ${flag(titleOk)} ${gotTitle}${titleOk ? '' : ` (truth ${truthTitle})`} | contacts ${contacts.length} | orgs ${matchedTruth.length}/${truthForms.length} found, ${orgs.length} predicted`);
  if (verbose) {
    const missed = truth.organizations.filter((_, i) => !matchedTruth.includes(truthForms[i]!));
    if (missed.length) console.log(`    missed orgs: ${missed.join(' ; ')}`);
    if (unmatchedPred.length) console.log(`    extra orgs: ${unmatchedPred.map((o) => o.name).join(' ; ')}`);
    for (const c of contacts) console.log(`    contact: ${JSON.stringify(c)}`);
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
const recall = tally.orgTp / tally.orgTruth;
const precision = tally.orgPredOk / tally.orgPred;
console.log('\ncorpus (16 docs)');
console.log(`  date accuracy   ${ratio(tally.dateOk, tally.dateN)} (${tally.dateOk}/${tally.dateN}, null truth must be null)`);
console.log(`  place accuracy  ${ratio(tally.placeOk, tally.placeN)} (${tally.placeOk}/${tally.placeN})`);
console.log(`  title accuracy  ${ratio(tally.titleOk, tally.titleN)} (${tally.titleOk}/${tally.titleN})`);
console.log(`  contacts false positives ${tally.contactsFp}`);
console.log(`  organizations recall ${recall.toFixed(3)} (${tally.orgTp}/${tally.orgTruth}), precision ${precision.toFixed(3)} (${tally.orgPredOk}/${tally.orgPred}), F1 ${((2 * recall * precision) / (recall + precision)).toFixed(3)}`);

const seed = context(readFileSync(SEED, 'utf8'));
const seedTruth = JSON.parse(readFileSync(SEED_EXPECTED, 'utf8')) as Truth & { title_en: string; title_km: string };
const seedTitle = extractTitle(seed).title;
const seedOrgs = extractOrganizations(seed).organizations;
const seedContacts = extractContacts(seed).contacts;
console.log('\nseed against fixtures/bilingual-seed.expected.json');
console.log(`  date ${extractDate(seed).date === seedTruth.date ? 'ok' : 'BAD'} | place ${extractPlace(seed).place === seedTruth.place ? 'ok' : 'BAD'} | title en ${seedTitle.en === seedTruth.title_en ? 'ok' : 'BAD'} km ${seedTitle.km === seedTruth.title_km ? 'ok' : 'BAD'}`);
const seedOrgForms = seedOrgs.map((o) => new Set([o.name, o.acronym, o.names.en, o.names.km].filter((x): x is string => !!x).map(norm)));
const seedOrgsFound = seedTruth.organizations.filter((t) => seedOrgForms.some((f) => f.has(norm(t))));
console.log(`  organizations ${seedOrgsFound.length}/${seedTruth.organizations.length} found, ${seedOrgs.length} predicted`);
const contactKey = (c: { name?: string | null; email?: string | null; phone?: string | null; url?: string | null }): string =>
  JSON.stringify([c.name ?? null, c.email ?? null, c.phone ?? null, c.url ?? null]);
const expectedContacts = new Set((seedTruth.contacts as Parameters<typeof contactKey>[0][]).map(contactKey));
console.log(`  contacts ${seedContacts.filter((c) => expectedContacts.has(contactKey(c))).length}/${expectedContacts.size} exact, ${seedContacts.length} predicted`);
console.log('\nseed');
console.log('  sections', JSON.stringify(seed.sections));
console.log('  date', JSON.stringify(extractDate(seed)));
console.log('  place', JSON.stringify(extractPlace(seed)));
console.log('  title', JSON.stringify(extractTitle(seed).title));
console.log('  contacts', JSON.stringify(extractContacts(seed).contacts, null, 1));
for (const o of extractOrganizations(seed).organizations) {
  console.log(`  org ${o.name} | ${o.acronym ?? ''} | en=${o.names.en ?? ''} km=${o.names.km ?? ''} | ${o.mentions.length} mentions`);
}
