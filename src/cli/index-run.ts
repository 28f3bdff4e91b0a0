import { isPresspipeError } from '../errors/presspipe-error.js';
import { type IndexStore, ListQuerySchema, type OrganizationRecord, type Person, type QuoteHit, QuoteQuerySchema } from '../index/index-store.js';
import { indexReleaseFolder } from '../index/index-release-folder.js';
import { openIndex } from '../index/open-index.js';
import { EXIT } from './exit-codes.js';
import type { ListFlags, QuotesFlags } from './index-commands.js';
import type { Io } from './io.js';
import { type FlatRow, RECORD_FORMATS, type RecordFormat, toCsv, toJsonLines, toTable } from './record-formats.js';

/** Runs `index <dir>`: every release JSON in the folder into the index (`<dir>/index.sqlite` unless told). */
export async function indexCommand(dir: string, flags: { index?: string }, io: Io): Promise<number> {
  return withIndex(flags.index ?? process.env.PRESSPIPE_INDEX ?? `${dir}/index.sqlite`, io, async (store) => {
    let failed = 0;
    const entries = await indexReleaseFolder(dir, store, (entry) => {
      if ('error' in entry) {
        failed++;
        io.stderr(`${entry.file}: ${entry.error.code}: ${entry.error.message}; ${entry.error.hint}\n`);
      }
    });
    const statuses = entries.flatMap((e) => ('outcome' in e ? [e.outcome.status] : []));
    const counts = await store.counts();
    io.stderr(
      `indexed ${statuses.length} file(s): ${statuses.filter((s) => s === 'new').length} new release(s), ` +
        `${statuses.filter((s) => s === 'added').length} more source(s) of known releases, ${statuses.filter((s) => s === 'replaced').length} replaced; ` +
        `index holds ${counts.releases} releases, ${counts.sources} sources, ${counts.quotes} quotes, ${counts.people} people, ${counts.organizations} organizations\n`,
    );
    return failed ? EXIT.badInput : EXIT.ok;
  });
}

/** Runs `quotes [text]`. */
export async function quotesCommand(text: string | undefined, flags: QuotesFlags, io: Io): Promise<number> {
  const format = parseFormat(flags.format, io);
  const query = QuoteQuerySchema.safeParse({
    text,
    speaker: flags.speaker,
    organization: flags.org,
    lang: flags.lang,
    kind: flags.kind,
    from: flags.from,
    to: flags.to,
    release: flags.release,
    limit: flags.limit,
    offset: flags.offset,
  });
  if (!format || !query.success) {
    if (!query.success) io.stderr(`presspipe: bad option: ${issues(query.error)}\n`);
    return EXIT.usage;
  }
  return withRequiredIndex(flags.index, io, async (store) => {
    const page = await store.searchQuotes(query.data);
    if (format === 'json') io.stdout(`${JSON.stringify(page, null, 2)}\n`);
    else if (format === 'jsonl') io.stdout(toJsonLines(page.hits));
    else if (format === 'csv') io.stdout(toCsv(page.hits.map(quoteRow), QUOTE_COLUMNS));
    else {
      io.stdout(toTable(page.hits.map(quoteRow), ['date', 'lang', 'kind', 'speaker', 'role', 'organization', 'text', 'translation']));
      io.stderr(`${page.hits.length} of ${page.total} quote(s)\n`);
    }
    return EXIT.ok;
  });
}

/** Runs `speakers` or `orgs`. */
export async function listCommand(what: 'speakers' | 'orgs', flags: ListFlags, io: Io): Promise<number> {
  const format = parseFormat(flags.format, io);
  const query = ListQuerySchema.safeParse({ name: flags.name, limit: flags.limit, offset: flags.offset });
  if (!format || !query.success) {
    if (!query.success) io.stderr(`presspipe: bad option: ${issues(query.error)}\n`);
    return EXIT.usage;
  }
  return withRequiredIndex(flags.index, io, async (store) => {
    const records = what === 'speakers' ? await store.listSpeakers(query.data) : await store.listOrganizations(query.data);
    const rows = what === 'speakers' ? (records as Person[]).map(personRow) : (records as OrganizationRecord[]).map(organizationRow);
    const columns = what === 'speakers' ? PERSON_COLUMNS : ORGANIZATION_COLUMNS;
    if (format === 'json') io.stdout(`${JSON.stringify(records, null, 2)}\n`);
    else if (format === 'jsonl') io.stdout(toJsonLines(records));
    else if (format === 'csv') io.stdout(toCsv(rows, columns));
    else io.stdout(toTable(rows, columns));
    return EXIT.ok;
  });
}

const QUOTE_COLUMNS = ['release', 'date', 'lang', 'kind', 'speaker', 'speaker_km', 'role', 'organization', 'text', 'translation_lang', 'translation', 'page', 'score'];
const PERSON_COLUMNS = ['id', 'name_en', 'name_km', 'quotes', 'roles', 'aliases'];
const ORGANIZATION_COLUMNS = ['id', 'name', 'acronym', 'name_km', 'releases', 'quotes', 'aliases'];

function quoteRow(hit: QuoteHit): FlatRow {
  return {
    release: hit.releaseId,
    date: hit.date,
    lang: hit.lang,
    kind: hit.kind,
    speaker: hit.speaker?.names.en ?? hit.speaker?.name ?? null,
    speaker_km: hit.speaker?.names.km ?? null,
    role: hit.speaker?.role ?? null,
    organization: hit.organization?.acronym ?? hit.organization?.name ?? null,
    text: hit.text,
    translation_lang: hit.alignedWith?.lang ?? null,
    translation: hit.alignedWith?.text ?? null,
    page: hit.page,
    score: Math.round(hit.score * 1000) / 1000,
  };
}

function personRow(person: Person): FlatRow {
  return {
    id: person.id,
    name_en: person.names.en ?? null,
    name_km: person.names.km ?? null,
    quotes: person.quotes,
    roles: person.roles.map((r) => [r.role, r.organization, r.first && `${r.first}${r.last !== r.first ? `..${r.last}` : ''}`].filter(Boolean).join(', ')).join('; '),
    aliases: person.aliases.join('; '),
  };
}

function organizationRow(organization: OrganizationRecord): FlatRow {
  return {
    id: organization.id,
    name: organization.name,
    acronym: organization.acronym,
    name_km: organization.names.km ?? null,
    releases: organization.releases,
    quotes: organization.quotes,
    aliases: organization.aliases.join('; '),
  };
}

function parseFormat(format: string, io: Io): RecordFormat | null {
  if ((RECORD_FORMATS as readonly string[]).includes(format)) return format as RecordFormat;
  io.stderr(`presspipe: --format must be one of ${RECORD_FORMATS.join(', ')}, got \`${format}\`\n`);
  return null;
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ');
}

async function withRequiredIndex(flag: string | undefined, io: Io, work: (store: IndexStore) => Promise<number>): Promise<number> {
  const location = flag ?? process.env.PRESSPIPE_INDEX;
  if (!location) {
    io.stderr('presspipe: which index? give --index <file|postgres://…> or set PRESSPIPE_INDEX\n');
    return EXIT.usage;
  }
  return withIndex(location, io, work);
}

async function withIndex(location: string, io: Io, work: (store: IndexStore) => Promise<number>): Promise<number> {
  let store: IndexStore;
  try {
    store = await openIndex(location);
  } catch (error) {
    if (!isPresspipeError(error)) throw error;
    io.stderr(`presspipe: ${error.code}: ${error.message}; ${error.hint}\n`);
    return EXIT.badInput;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
