import { ENGLISH_COUNTRY_NAMES, ENGLISH_NATIONALITY_WORDS } from '../../lang/english-country-names.js';
import { ENGLISH_HONORIFICS } from '../../lang/english-honorifics.js';
import { ENGLISH_TITLE_WORDS } from '../../lang/english-titles.js';
import type { LanguageCode } from '../../schema/release.js';
import type { Gender, PersonMention } from './person-mention.js';
import { trimStrayMarks } from './stray-marks.js';

// Capitalised words that start sentences or clauses but never names (function words, pronouns,
// days and months); they stop a name read backwards from a reporting verb.
const NOT_NAME_WORDS = new Set(
  ('The A An In On At But And Or So If When While After Before Speaking Asked According He She They It ' +
    'This That These Those We I You His Her Our Their Its There Here Now Then Also However Meanwhile ' +
    'Still Yet Although Though Because As For From To With Without By Of Many Some Most Others Another ' +
    'One Two Three Both Each Every Last Next First Monday Tuesday Wednesday Thursday Friday Saturday ' +
    'Sunday January February March April May June July August September October November December ' +
    'Former Local Several Other Such Like Instead Even Only Just Not No Yes What Who Why How Where FILE')
    .split(' '),
);

const TITLE_WORDS = new Set(ENGLISH_TITLE_WORDS);
const HONORIFICS = [...ENGLISH_HONORIFICS].sort((a, b) => b.form.length - a.form.length);
const NAME_TOKEN = /^[A-Z][\p{L}'’.-]*$/u;
// Lower-case particles inside a name ("Ursula von der Leyen", "Abdul bin Ahmad").
const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'du', 'bin', 'binti', 'al', 'le', 'la']);
const COUNTRIES = new Set([...ENGLISH_COUNTRY_NAMES, ...ENGLISH_NATIONALITY_WORDS]);
// A capitalised run right after one of these is the body or place a title belongs to ("head of
// Program Planning", "Director of iFly Singapore"), not a person.
const OWNER_PREPOSITIONS = new Set(['of', 'at', 'for', 'in', 'from']);
const ACRONYM = /^[A-Z]{2,}[A-Za-z]*$/;

/** A name read from a phrase, with offsets relative to the phrase's start. */
export interface ParsedName {
  name: string;
  start: number;
  end: number;
  honorific?: string;
  gender: Gender;
  role?: string;
  organization?: string;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(phrase: string): Token[] {
  const out: Token[] = [];
  for (const m of phrase.matchAll(/[^\s*]+/g)) {
    const word = m[0].replace(/[,;:]+$/, '');
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

function honorificOf(word: string): { form: string; gender: Gender } | undefined {
  const bare = word.replace(/\.$/, '');
  return HONORIFICS.find((h) => h.form.replace(/\.$/, '') === bare);
}

function isNameWord(word: string): boolean {
  return NAME_TOKEN.test(word) && !NOT_NAME_WORDS.has(word) && !TITLE_WORDS.has(word.toLowerCase()) && !honorificOf(word);
}

function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/[’']s$/, ''));
}

/**
 * Reads the name at the end of `phrase` (the words before a reporting verb, "…, Nick Beresford,
 * UNDP Resident Representative,"), skipping one apposition; undefined when no name ends it.
 */
export function readEnglishNameBefore(phrase: string): ParsedName | undefined {
  const parts = splitCommaParts(phrase);
  const last = parts[parts.length - 1];
  if (!last) return undefined;
  const direct = trailingName(phrase, last.start, last.end);
  if (direct?.honorific) return direct;
  const honored = honoredNameInChain(phrase, parts);
  if (honored) return honored;
  if (direct) return direct;
  const previous = parts[parts.length - 2];
  if (!previous || !isAppositionLike(phrase.slice(last.start, last.end))) return undefined;
  const name = trailingName(phrase, previous.start, previous.end);
  return name && { ...name, ...roleOf(phrase.slice(last.start, last.end)) };
}

/** Reads a name at the start of `phrase` ("H.E. Ketebandith Pech Bunthin, Minister of Civil Service."). */
export function readEnglishNameAfter(phrase: string): ParsedName | undefined {
  return titledNameAfter(phrase) ?? nameAfter(phrase);
}

// "said GovTech Chief Executive Kok Ping Soon", "said the Minister Chea Vandeth": a body and a
// title may stand before the name; they are its organization and role.
function titledNameAfter(phrase: string): ParsedName | undefined {
  const toks = tokens(phrase);
  let i = /^(the|The)$/.test(toks[0]?.word ?? '') ? 1 : 0;
  const org: Token[] = [];
  while (i < toks.length && org.length < 3 && isNameWord(toks[i]!.word) && !/[,.;:]$/.test(phrase.slice(toks[i]!.start, toks[i]!.end + 1))) {
    org.push(toks[i]!);
    i++;
  }
  const titleFrom = i;
  while (i < toks.length && isTitleWord(toks[i]!.word)) i++;
  if (i === titleFrom || i >= toks.length) return undefined;
  const rest = toks[i]!.start;
  const name = nameAfter(phrase.slice(rest));
  if (!name) return undefined;
  // "German Chancellor": a nationality is part of the title, not a body.
  const national = org.length > 0 && org.every((t) => COUNTRIES.has(t.word));
  const role = phrase.slice(national ? org[0]!.start : toks[titleFrom]!.start, toks[i - 1]!.end);
  if (national) org.length = 0;
  return {
    ...name,
    start: name.start + rest,
    end: name.end + rest,
    role: name.role ?? role,
    ...(org.length > 0 && !name.organization ? { organization: phrase.slice(org[0]!.start, org[org.length - 1]!.end) } : {}),
  };
}

function nameAfter(phrase: string): ParsedName | undefined {
  const toks = tokens(phrase);
  const honorific: string[] = [];
  let gender: Gender = 'any';
  let i = 0;
  for (; i < toks.length; i++) {
    const h = honorificOf(toks[i]!.word);
    if (!h) break;
    honorific.push(toks[i]!.word);
    if (h.gender !== 'any') gender = h.gender;
  }
  const nameToks: Token[] = [];
  for (; i < toks.length && nameToks.length < 5; i++) {
    const t = toks[i]!;
    const particle = nameToks.length > 0 && NAME_PARTICLES.has(t.word) && isNameWord(toks[i + 1]?.word ?? '');
    if (!isNameWord(t.word) && !particle) break;
    nameToks.push(t);
    if (phrase.slice(t.end, t.end + 1) === ',' || /[.;:]$/.test(phrase.slice(t.start, t.end + 1))) break;
  }
  if (nameToks.length === 0 || nameToks.every((t) => COUNTRIES.has(t.word))) return undefined;
  const first = nameToks[0]!;
  const last = nameToks[nameToks.length - 1]!;
  const parsed: ParsedName = {
    name: phrase.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    gender,
    ...(honorific.length ? { honorific: honorific[0]! } : {}),
  };
  const rest = phrase.slice(last.end).replace(/^[*\s]*/, '');
  if (rest.startsWith(',')) {
    const appos = rest.slice(1).split(/[.;,”"“]/)[0] ?? '';
    Object.assign(parsed, roleOf(appos));
  }
  return parsed;
}

// Role and organization from an apposition, when it names a job ("UNDP Resident Representative").
function roleOf(apposition: string): { role?: string; organization?: string } {
  const words = trimStrayMarks(apposition.replace(/\*/g, '')).replace(/^(the|a|an)\s+/i, '').split(/\s+/).filter(Boolean);
  if (!words.some(isTitleWord) || /^(who|which|whose|where)$/i.test(words[0] ?? '')) return {};
  if (words.length > 1 && ACRONYM.test(words[0]!) && /^[A-Z]/.test(words[1]!)) {
    return { organization: words[0]!, role: words.slice(1).join(' ') };
  }
  const role = words.join(' ');
  // A minister's portfolio names the ministry: "Minister of Civil Service" heads the "Ministry of Civil Service".
  const portfolio = /\bMinister (of .+)$/.exec(role);
  return portfolio ? { role, organization: `Ministry ${portfolio[1]}` } : { role };
}

interface Part {
  start: number;
  end: number;
}

function splitCommaParts(phrase: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i === phrase.length || phrase[i] === ',' || phrase[i] === '(' || phrase[i] === ')') {
      const text = phrase.slice(start, i);
      if (text.replace(/[\s*]/g, '') !== '') parts.push({ start, end: i });
      start = i + 1;
    }
  }
  return parts;
}

// Press releases chain appositions after the name, `Mr Tay Ee Learn, Chief Sector Skills Officer,
// NTUC LearningHub said,`: the last part whose name carries an honorific is the speaker when every
// part after it reads as a role or a body, and those parts are the role.
function honoredNameInChain(phrase: string, parts: Part[]): ParsedName | undefined {
  for (let k = parts.length - 2; k >= 0; k--) {
    const rest = parts.slice(k + 1).map((p) => phrase.slice(p.start, p.end).trim());
    if (!rest.every((r) => isAppositionLike(r) || /^[A-Z(]/.test(r))) return undefined;
    const name = trailingName(phrase, parts[k]!.start, parts[k]!.end);
    if (name?.honorific) return { ...name, ...roleOf(rest.join(', ')) };
  }
  return undefined;
}

// An apposition after a name starts in lower case ("the former commune chief", "who…"), with a
// number (", 30,") or names a job; a bare capitalised part is the name itself.
function isAppositionLike(part: string): boolean {
  const trimmed = part.replace(/\*/g, '').trim();
  const first = trimmed.split(/\s+/)[0] ?? '';
  return /^[a-z\d]/.test(first) || trimmed.split(/\s+/).some(isTitleWord);
}

function trailingName(phrase: string, start: number, end: number): ParsedName | undefined {
  const toks = tokens(phrase.slice(start, end)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  let i = toks.length;
  while (i > 0 && (isNameWord(toks[i - 1]!.word) || (i < toks.length && NAME_PARTICLES.has(toks[i - 1]!.word))) && toks.length - i < 6) i--;
  while (i < toks.length && NAME_PARTICLES.has(toks[i]!.word)) i++;
  // "Prime Minister of Canada Justin Trudeau": a country opening the run belongs to the title.
  const runStart = i;
  while (i < toks.length - 1 && COUNTRIES.has(toks[i]!.word)) i++;
  const nameToks = toks.slice(i);
  if (nameToks.length === 0 || nameToks.every((t) => COUNTRIES.has(t.word))) return undefined;
  if (i === runStart && runStart > 0 && OWNER_PREPOSITIONS.has(toks[runStart - 1]!.word)) return undefined;
  let role: string | undefined;
  let j = i;
  const honorific: string[] = [];
  let gender: Gender = 'any';
  while (j > 0 && honorificOf(toks[j - 1]!.word)) {
    honorific.unshift(toks[j - 1]!.word);
    const g = honorificOf(toks[j - 1]!.word)!.gender;
    if (g !== 'any') gender = g;
    j--;
  }
  // "Prime Minister Hun Sen": title words right before the name are its role.
  let k = j;
  while (k > 0 && (isTitleWord(toks[k - 1]!.word) || /^[A-Z]/.test(toks[k - 1]!.word)) && !NOT_NAME_WORDS.has(toks[k - 1]!.word)) k--;
  if (k < j && toks.slice(k, j).some((t) => isTitleWord(t.word))) {
    role = toks.slice(k, j).map((t) => t.word).join(' ').replace(/^.*[’']s\s+/, '');
  }
  // A lone capitalised word right after lower-case prose ("local election officials Heng") is
  // still a name; a single honorific-like initial is not.
  const first = nameToks[0]!;
  const last = nameToks[nameToks.length - 1]!;
  const name = phrase.slice(first.start, last.end).replace(/[’']s$/, '');
  if (name.length < 2 || honorificOf(name)) return undefined;
  return {
    name,
    start: first.start,
    end: first.start + name.length,
    gender,
    ...(honorific.length ? { honorific: honorific[0]! } : {}),
    ...(role ? { role } : {}),
  };
}

/** Turns a parsed name into a mention at `offset` in the full text. */
export function mentionFromParsed(parsed: ParsedName, offset: number, lang: LanguageCode): PersonMention {
  return {
    name: parsed.name,
    span: { start: offset + parsed.start, end: offset + parsed.end },
    gender: parsed.gender,
    lang,
    ...(parsed.honorific ? { honorific: parsed.honorific } : {}),
    ...(parsed.role ? { role: parsed.role } : {}),
    ...(parsed.organization ? { organization: parsed.organization } : {}),
  };
}
