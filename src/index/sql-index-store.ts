import type { Release, Speaker } from '../schema/release.js';
import type {
  IndexStore,
  ListQuery,
  OrganizationRecord,
  Person,
  PersonTimeline,
  QuoteHit,
  QuotePage,
  QuoteQuery,
  ReleaseLocation,
  StoredRelease,
  StoredSource,
  UpsertOutcome,
} from './index-store.js';
import { ListQuerySchema, QuoteQuerySchema } from './index-store.js';
import { organizationNameKey, personName, personNameKey } from './name-keys.js';
import { englishWords, MIN_TRIGRAM_COVERAGE, searchKey, trigramGroups, trigrams } from './search-key.js';
import type { SqlClient } from './sql-client.js';
import { likeLiteral, type SqlDialect, SqlParams } from './sql-dialect.js';
import { fingerprintSimilarity, SAME_RELEASE_SIMILARITY, textFingerprint } from './text-fingerprint.js';

type EntityKind = 'person' | 'organization';
const QUOTES_PER_INSERT = 200;
interface Spelling {
  key: string;
  spelling: string;
}

/**
 * The index logic both SQL stores share: grouping sources into releases, resolving people and
 * organizations through their aliases, and the quote search. Only what the dialects write
 * differently (full-text conditions, locking, schema) comes from `dialect`.
 */
export class SqlIndexStore implements IndexStore {
  readonly kind: 'sqlite' | 'postgres';

  constructor(
    private readonly client: SqlClient,
    private readonly dialect: SqlDialect,
  ) {
    this.kind = dialect.kind;
  }

  upsertRelease(release: Release, location: ReleaseLocation = {}): Promise<UpsertOutcome> {
    return this.client.transaction(async (tx) => {
      await this.dialect.lockWrites(tx);
      const fingerprint = textFingerprint(release.text);
      const textDate = release.date ?? release.eventDate;
      const known = await tx.all<{ release_id: string }>('SELECT release_id FROM sources WHERE id = $1', [release.id]);
      let releaseId = known[0]?.release_id;
      let status: UpsertOutcome['status'] = 'replaced';
      if (!releaseId) {
        releaseId = await sameRelease(tx, fingerprint, textDate);
        status = releaseId ? 'added' : 'new';
        if (!releaseId) {
          releaseId = release.id;
          await tx.run('INSERT INTO releases (id, primary_source) VALUES ($1, $1)', [releaseId]);
        }
      }
      await tx.run(
        `INSERT INTO sources (id, release_id, filename, media_type, pages, ocr_pages, text_date, fingerprint, json_path, document_path, release_json, indexed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET filename = excluded.filename, media_type = excluded.media_type, pages = excluded.pages,
           ocr_pages = excluded.ocr_pages, text_date = excluded.text_date, fingerprint = excluded.fingerprint,
           json_path = COALESCE(excluded.json_path, sources.json_path), document_path = COALESCE(excluded.document_path, sources.document_path),
           release_json = excluded.release_json, indexed_at = excluded.indexed_at`,
        [
          release.id,
          releaseId,
          release.source.filename,
          release.source.mediaType,
          release.pages.length,
          release.pages.filter((p) => p.method === 'ocr').length,
          textDate,
          JSON.stringify(fingerprint),
          location.jsonPath ?? null,
          location.documentPath ?? null,
          JSON.stringify(release),
          new Date().toISOString(),
        ],
      );
      const primary = await this.primarySource(tx, releaseId);
      const previous = (await tx.all<{ primary_source: string }>('SELECT primary_source FROM releases WHERE id = $1', [releaseId]))[0]!;
      let quotesIndexed = 0;
      if (status === 'new' || primary !== previous.primary_source || primary === release.id) {
        const primaryRelease =
          primary === release.id
            ? release
            : (JSON.parse((await tx.all<{ release_json: string }>('SELECT release_json FROM sources WHERE id = $1', [primary]))[0]!.release_json) as Release);
        quotesIndexed = await this.indexContent(tx, releaseId, primaryRelease);
      }
      return { releaseId, sourceId: release.id, status, quotesIndexed };
    });
  }

  /**
   * The source whose quotes stand for the release: the fewest OCR pages (a text layer beats a scan),
   * then a PDF over plain text (its quotes carry the page a reader can open), then the one already chosen.
   */
  private async primarySource(tx: SqlClient, releaseId: string): Promise<string> {
    const sources = await tx.all<{ id: string; pages: number; ocr_pages: number; media_type: string; current: number }>(
      `SELECT s.id, s.pages, s.ocr_pages, s.media_type, CASE WHEN r.primary_source = s.id THEN 1 ELSE 0 END AS current
       FROM sources s JOIN releases r ON r.id = s.release_id WHERE s.release_id = $1 ORDER BY s.indexed_at, s.id`,
      [releaseId],
    );
    const rank = (s: (typeof sources)[number]) => [
      s.pages ? Number(s.ocr_pages) / Number(s.pages) : 0,
      s.media_type === 'application/pdf' ? 0 : 1,
      Number(s.current) ? 0 : 1,
    ];
    const compare = (a: number[], b: number[]) => a.map((v, i) => v - b[i]!).find((d) => d !== 0) ?? 0;
    return sources.reduce((best, s) => (compare(rank(s), rank(best)) < 0 ? s : best)).id;
  }

  /** Replaces the release's quotes, speakers' appearances and organizations with those of `release`. */
  private async indexContent(tx: SqlClient, releaseId: string, release: Release): Promise<number> {
    const date = release.date ?? release.eventDate;
    await tx.run('UPDATE releases SET date = $1, title_en = $2, title_km = $3, primary_source = $4 WHERE id = $5', [
      date,
      release.title.en ?? null,
      release.title.km ?? null,
      release.id,
      releaseId,
    ]);
    for (const table of ['quotes', 'appearances', 'release_organizations']) {
      await tx.run(`DELETE FROM ${table} WHERE release_id = $1`, [releaseId]);
    }
    for (const organization of release.organizations) {
      const id = await this.resolveOrganization(tx, [organization.acronym, organization.names.en, organization.names.km, organization.name], {
        name: organization.name,
        acronym: organization.acronym ?? null,
        en: organization.names.en ?? null,
        km: organization.names.km ?? null,
      });
      await tx.run('INSERT INTO release_organizations (release_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [releaseId, id]);
    }
    const speakers = new Map<string, { personId: number; organizationId: number | null; speaker: Speaker }>();
    for (const speaker of release.speakers) {
      const personId = await this.resolvePerson(tx, speaker);
      const organizationId = speaker.organization
        ? await this.resolveOrganization(tx, [speaker.organization], { name: speaker.organization, acronym: null, en: null, km: null })
        : null;
      speakers.set(speaker.name, { personId, organizationId, speaker });
      await tx.run('INSERT INTO appearances (person_id, release_id, role, organization_id, date) VALUES ($1, $2, $3, $4, $5)', [
        personId,
        releaseId,
        speaker.role ?? null,
        organizationId,
        date,
      ]);
    }
    // A few statements rather than one per quote; chunks stay far below either driver's limit on parameters.
    const rows = release.quotes.map((quote, index) => {
      const said = quote.speaker === null ? undefined : speakers.get(quote.speaker);
      return [
        releaseId,
        release.id,
        index,
        quote.kind,
        quote.lang,
        quote.text,
        searchKey(quote.text),
        quote.speaker,
        said?.personId ?? null,
        said?.organizationId ?? null,
        said?.speaker.role ?? null,
        date,
        quote.evidence.page ?? null,
        quote.alignedWith ?? null,
      ];
    });
    for (let start = 0; start < rows.length; start += QUOTES_PER_INSERT) {
      const values = new SqlParams();
      const tuples = rows.slice(start, start + QUOTES_PER_INSERT).map((row) => `(${row.map((v) => values.add(v)).join(', ')})`);
      await tx.run(
        `INSERT INTO quotes (release_id, source_id, idx, kind, lang, text, search_key, speaker_name, person_id, organization_id, role, date, page, aligned_idx)
         VALUES ${tuples.join(', ')}`,
        values.values,
      );
    }
    return release.quotes.length;
  }

  private resolvePerson(tx: SqlClient, speaker: Speaker): Promise<number> {
    const spellings = [speaker.names.en, speaker.names.km, speaker.name].flatMap((name) => {
      const key = name ? personNameKey(name) : null;
      return key && name ? [{ key, spelling: personName(name) }] : [];
    });
    const en = speaker.names.en ? personName(speaker.names.en) : null;
    const km = speaker.names.km ? personName(speaker.names.km) : null;
    return this.resolveEntity(tx, 'person', spellings, {
      create: async () =>
        Number(
          (await tx.all<{ id: number }>('INSERT INTO people (name_en, name_km) VALUES ($1, $2) RETURNING id', [en, km]))[0]!.id,
        ),
      fill: (id) =>
        tx.run('UPDATE people SET name_en = COALESCE(name_en, $1), name_km = COALESCE(name_km, $2) WHERE id = $3', [en, km, id]),
      merge: async (keep, gone) => {
        for (const table of ['quotes', 'appearances']) await tx.run(`UPDATE ${table} SET person_id = $1 WHERE person_id = $2`, [keep, gone]);
        const [old] = await tx.all<{ name_en: string | null; name_km: string | null }>('SELECT name_en, name_km FROM people WHERE id = $1', [gone]);
        await tx.run('UPDATE people SET name_en = COALESCE(name_en, $1), name_km = COALESCE(name_km, $2) WHERE id = $3', [old?.name_en ?? null, old?.name_km ?? null, keep]);
        await tx.run('DELETE FROM people WHERE id = $1', [gone]);
      },
    });
  }

  private resolveOrganization(
    tx: SqlClient,
    names: (string | undefined)[],
    known: { name: string; acronym: string | null; en: string | null; km: string | null },
  ): Promise<number> {
    const spellings = names.flatMap((name) => {
      const key = name ? organizationNameKey(name) : null;
      return key && name ? [{ key, spelling: name }] : [];
    });
    const fillValues = [known.acronym, known.en, known.km];
    return this.resolveEntity(tx, 'organization', spellings, {
      create: async () =>
        Number(
          (await tx.all<{ id: number }>('INSERT INTO organizations (name, acronym, name_en, name_km) VALUES ($1, $2, $3, $4) RETURNING id', [known.name, ...fillValues]))[0]!
            .id,
        ),
      fill: (id) =>
        tx.run('UPDATE organizations SET acronym = COALESCE(acronym, $1), name_en = COALESCE(name_en, $2), name_km = COALESCE(name_km, $3) WHERE id = $4', [
          ...fillValues,
          id,
        ]),
      merge: async (keep, gone) => {
        for (const table of ['quotes', 'appearances']) await tx.run(`UPDATE ${table} SET organization_id = $1 WHERE organization_id = $2`, [keep, gone]);
        await tx.run(
          'INSERT INTO release_organizations (release_id, organization_id) SELECT release_id, $1 FROM release_organizations WHERE organization_id = $2 ON CONFLICT DO NOTHING',
          [keep, gone],
        );
        await tx.run('DELETE FROM release_organizations WHERE organization_id = $1', [gone]);
        const [old] = await tx.all<{ acronym: string | null; name_en: string | null; name_km: string | null }>(
          'SELECT acronym, name_en, name_km FROM organizations WHERE id = $1',
          [gone],
        );
        await tx.run('UPDATE organizations SET acronym = COALESCE(acronym, $1), name_en = COALESCE(name_en, $2), name_km = COALESCE(name_km, $3) WHERE id = $4', [
          old?.acronym ?? null,
          old?.name_en ?? null,
          old?.name_km ?? null,
          keep,
        ]);
        await tx.run('DELETE FROM organizations WHERE id = $1', [gone]);
      },
    });
  }

  /**
   * One entity per connected set of spellings: a speaker written `Pech Bunthin` / `ពេជ្រ ប៊ុនធីន` in
   * one release ties both keys to one person, so a later Khmer-only release finds him by the Khmer
   * key; when a pair links two entities made earlier, the younger is merged into the older.
   */
  private async resolveEntity(
    tx: SqlClient,
    kind: EntityKind,
    spellings: Spelling[],
    how: { create: () => Promise<number>; fill: (id: number) => Promise<void>; merge: (keep: number, gone: number) => Promise<void> },
  ): Promise<number> {
    const params = new SqlParams();
    const kindParam = params.add(kind);
    const keys = spellings.length ? spellings.map((s) => params.add(s.key)).join(', ') : 'NULL';
    const rows = await tx.all<{ key: string; entity_id: number }>(`SELECT key, entity_id FROM aliases WHERE kind = ${kindParam} AND key IN (${keys})`, params.values);
    const ids = [...new Set(rows.map((r) => Number(r.entity_id)))].sort((a, b) => a - b);
    let id = ids[0];
    if (id === undefined) id = await how.create();
    else await how.fill(id);
    for (const gone of ids.slice(1)) {
      await tx.run('UPDATE aliases SET entity_id = $1 WHERE kind = $2 AND entity_id = $3', [id, kind, gone]);
      await how.merge(id, gone);
    }
    // Only new keys are written, in one statement: re-indexing an archive meets mostly known spellings.
    const known = new Set(rows.map((r) => r.key));
    const fresh = new Map<string, string>();
    for (const { key, spelling } of spellings) if (!known.has(key) && !fresh.has(key)) fresh.set(key, spelling);
    if (fresh.size > 0) {
      const values = new SqlParams();
      const [kindValue, idValue] = [values.add(kind), values.add(id)];
      const tuples = [...fresh].map(([key, spelling]) => `(${kindValue}, ${values.add(key)}, ${idValue}, ${values.add(spelling)})`);
      await tx.run(`INSERT INTO aliases (kind, key, entity_id, spelling) VALUES ${tuples.join(', ')} ON CONFLICT (kind, key) DO NOTHING`, values.values);
    }
    return id;
  }

  async searchQuotes(input: QuoteQuery): Promise<QuotePage> {
    const query = QuoteQuerySchema.parse(input);
    const params = new SqlParams();
    const where: string[] = [];
    let score = '0';
    const key = query.text ? searchKey(query.text) : '';
    if (key) {
      const keyParam = params.add(key);
      const words = englishWords(key);
      const groups = trigramGroups(key);
      const contains = this.dialect.containsKey(keyParam);
      const wordsMatch = words.length ? this.dialect.wordsMatch(words, params) : null;
      // A quote holding the key has every trigram: its coverage is known without measuring it.
      const coverage = groups.length ? `(CASE WHEN ${contains} THEN 1 ELSE ${this.dialect.trigramCoverage(keyParam, trigrams(key), params)} END)` : '0';
      if (groups.length) {
        // Candidates come from the indexes alone; coverage is measured on them, never on the whole table.
        const candidates = [...(words.length ? [this.dialect.wordIds(words, params)] : []), this.dialect.trigramGroupIds(groups, params)];
        where.push(`q.id IN (${candidates.join(' UNION ')})`, `(${wordsMatch ? `${wordsMatch} OR ` : ''}${coverage} >= ${MIN_TRIGRAM_COVERAGE})`);
      } else {
        where.push(wordsMatch ? `(${wordsMatch} OR ${contains})` : contains);
      }
      score = `(CASE WHEN ${contains} THEN 2 ELSE 0 END)${wordsMatch ? ` + (CASE WHEN ${wordsMatch} THEN 1 ELSE 0 END)` : ''} + ${coverage}`;
    }
    if (query.speaker) {
      where.push(`q.person_id IN ${aliasMatch('person', query.speaker, params)}`);
    }
    if (query.organization) {
      where.push(
        `q.organization_id IN (SELECT entity_id FROM aliases WHERE kind = 'organization' AND (key = ${params.add(organizationNameKey(query.organization))} OR key LIKE ${params.add(
          namePattern(query.organization),
        )} ESCAPE '\\'))`,
      );
    }
    if (query.lang) where.push(`q.lang = ${params.add(query.lang)}`);
    if (query.kind) where.push(`q.kind = ${params.add(query.kind)}`);
    if (query.from) where.push(`q.date >= ${params.add(query.from)}`);
    if (query.to) where.push(`q.date <= ${params.add(query.to)}`);
    if (query.release) {
      const release = params.add(query.release);
      where.push(`(q.release_id = ${release} OR q.release_id = (SELECT release_id FROM sources WHERE id = ${release}))`);
    }
    // Ranks and pages over the quotes alone, so names, titles and translations are joined for one page of hits, not for every match.
    const rows = await this.client.all<QuoteRow>(
      `WITH ranked AS (
         SELECT q.id, ${score} AS score, count(*) OVER () AS total FROM quotes q
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY score DESC, q.date DESC NULLS LAST, q.id
         LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)})
       SELECT q.id, q.release_id, q.source_id, q.idx, q.kind, q.lang, q.text, q.date, q.page, q.person_id, q.speaker_name, q.role,
         p.name_en, p.name_km, q.organization_id, o.name AS organization_name, o.acronym, r.title_en, r.title_km,
         a.idx AS aligned_idx, a.lang AS aligned_lang, a.text AS aligned_text, ranked.score, ranked.total
       FROM ranked
       JOIN quotes q ON q.id = ranked.id
       JOIN releases r ON r.id = q.release_id
       LEFT JOIN people p ON p.id = q.person_id
       LEFT JOIN organizations o ON o.id = q.organization_id
       LEFT JOIN quotes a ON a.release_id = q.release_id AND a.idx = q.aligned_idx
       ORDER BY ranked.score DESC, q.date DESC NULLS LAST, q.id`,
      params.values,
    );
    return { total: Number(rows[0]?.total ?? 0), hits: rows.map(quoteHit) };
  }

  async listSpeakers(input: ListQuery = {}): Promise<Person[]> {
    const query = ListQuerySchema.parse(input);
    const params = new SqlParams();
    const filter = query.name ? `WHERE p.id IN ${aliasMatch('person', query.name, params)}` : '';
    const rows = await this.client.all<{ id: number }>(
      `SELECT p.id, (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS quotes FROM people p ${filter}
       ORDER BY quotes DESC, p.id LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)}`,
      params.values,
    );
    const people: Person[] = [];
    for (const row of rows) people.push((await this.personRecord(Number(row.id)))!);
    return people;
  }

  async person(id: number): Promise<(Person & { timeline: PersonTimeline[] }) | null> {
    const record = await this.personRecord(id);
    if (!record) return null;
    const timeline = await this.client.all<{ year: string | null; lang: 'km' | 'en'; quotes: number }>(
      `SELECT substr(date, 1, 4) AS year, lang, count(*) AS quotes FROM quotes WHERE person_id = $1
       GROUP BY substr(date, 1, 4), lang ORDER BY year NULLS LAST, lang`,
      [id],
    );
    return { ...record, timeline: timeline.map((t) => ({ year: t.year, lang: t.lang, quotes: Number(t.quotes) })) };
  }

  private async personRecord(id: number): Promise<Person | null> {
    const [person] = await this.client.all<{ id: number; name_en: string | null; name_km: string | null; quotes: number }>(
      'SELECT p.id, p.name_en, p.name_km, (SELECT count(*) FROM quotes q WHERE q.person_id = p.id) AS quotes FROM people p WHERE p.id = $1',
      [id],
    );
    if (!person) return null;
    const aliases = await this.aliasSpellings('person', id);
    const roles = await this.client.all<{ role: string | null; organization: string | null; first: string | null; last: string | null }>(
      `SELECT ap.role, o.name AS organization, min(ap.date) AS first, max(ap.date) AS last
       FROM appearances ap LEFT JOIN organizations o ON o.id = ap.organization_id WHERE ap.person_id = $1
       GROUP BY ap.role, o.name ORDER BY first NULLS LAST, ap.role`,
      [id],
    );
    return { id: Number(person.id), names: names(person.name_en, person.name_km), aliases, quotes: Number(person.quotes), roles };
  }

  async listOrganizations(input: ListQuery = {}): Promise<OrganizationRecord[]> {
    const query = ListQuerySchema.parse(input);
    const params = new SqlParams();
    const filter = query.name ? `WHERE o.id IN ${aliasMatch('organization', query.name, params)}` : '';
    const rows = await this.client.all<{
      id: number;
      name: string;
      acronym: string | null;
      name_en: string | null;
      name_km: string | null;
      releases: number;
      quotes: number;
    }>(
      `SELECT o.id, o.name, o.acronym, o.name_en, o.name_km,
         (SELECT count(*) FROM release_organizations ro WHERE ro.organization_id = o.id) AS releases,
         (SELECT count(*) FROM quotes q WHERE q.organization_id = o.id) AS quotes
       FROM organizations o ${filter} ORDER BY releases DESC, quotes DESC, o.id LIMIT ${params.add(query.limit)} OFFSET ${params.add(query.offset)}`,
      params.values,
    );
    const records: OrganizationRecord[] = [];
    for (const row of rows) {
      const aliases = await this.aliasSpellings('organization', Number(row.id));
      records.push({
        id: Number(row.id),
        name: row.name_en ?? row.name,
        acronym: row.acronym,
        names: names(row.name_en, row.name_km),
        aliases,
        releases: Number(row.releases),
        quotes: Number(row.quotes),
      });
    }
    return records;
  }

  private async aliasSpellings(kind: EntityKind, id: number): Promise<string[]> {
    const rows = await this.client.all<{ spelling: string }>('SELECT DISTINCT spelling FROM aliases WHERE kind = $1 AND entity_id = $2 ORDER BY spelling', [kind, id]);
    return rows.map((r) => r.spelling);
  }

  async getRelease(id: string): Promise<StoredRelease | null> {
    const [release] = await this.client.all<{ id: string; date: string | null; title_en: string | null; title_km: string | null; primary_source: string }>(
      'SELECT id, date, title_en, title_km, primary_source FROM releases WHERE id = $1 OR id = (SELECT release_id FROM sources WHERE id = $1)',
      [id],
    );
    if (!release) return null;
    const sources = await this.client.all<{
      id: string;
      filename: string | null;
      media_type: string;
      pages: number;
      ocr_pages: number;
      json_path: string | null;
      document_path: string | null;
      release_json: string;
    }>('SELECT id, filename, media_type, pages, ocr_pages, json_path, document_path, release_json FROM sources WHERE release_id = $1 ORDER BY indexed_at, id', [
      release.id,
    ]);
    const primary = sources.find((s) => s.id === release.primary_source)!;
    return {
      id: release.id,
      date: release.date,
      title: names(release.title_en, release.title_km),
      primarySourceId: release.primary_source,
      sources: sources.map(
        (s): StoredSource => ({
          id: s.id,
          filename: s.filename,
          mediaType: s.media_type,
          pages: Number(s.pages),
          ocrPages: Number(s.ocr_pages),
          jsonPath: s.json_path,
          documentPath: s.document_path,
        }),
      ),
      release: JSON.parse(primary.release_json) as Release,
    };
  }

  async counts() {
    const count = async (table: string) => Number((await this.client.all<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    return {
      releases: await count('releases'),
      sources: await count('sources'),
      quotes: await count('quotes'),
      people: await count('people'),
      organizations: await count('organizations'),
    };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** The release a new source belongs to: a source of the same date whose text is near-identical. */
async function sameRelease(tx: SqlClient, fingerprint: number[], textDate: string | null): Promise<string | undefined> {
  // Two queries rather than IS NOT DISTINCT FROM, which PostgreSQL never serves from an index.
  const candidates = await tx.all<{ release_id: string; fingerprint: string }>(
    textDate === null ? 'SELECT release_id, fingerprint FROM sources WHERE text_date IS NULL' : 'SELECT release_id, fingerprint FROM sources WHERE text_date = $1',
    textDate === null ? [] : [textDate],
  );
  let best: { id: string; similarity: number } | undefined;
  for (const candidate of candidates) {
    const similarity = fingerprintSimilarity(fingerprint, JSON.parse(candidate.fingerprint) as number[]);
    if (similarity >= SAME_RELEASE_SIMILARITY && similarity > (best?.similarity ?? 0)) best = { id: candidate.release_id, similarity };
  }
  return best?.id;
}

/** A LIKE pattern finding a name fragment inside alias keys (which are search keys with a script prefix). */
function namePattern(fragment: string): string {
  return `%${likeLiteral(searchKey(fragment).replace(/\./g, ''))}%`;
}

/** A subquery of the people or organizations with a spelling that contains the fragment. */
function aliasMatch(kind: EntityKind, fragment: string, params: SqlParams): string {
  return `(SELECT entity_id FROM aliases WHERE kind = '${kind}' AND key LIKE ${params.add(namePattern(fragment))} ESCAPE '\\')`;
}

function names(en: string | null, km: string | null): { en?: string; km?: string } {
  return { ...(en ? { en } : {}), ...(km ? { km } : {}) };
}

interface QuoteRow {
  id: number;
  release_id: string;
  source_id: string;
  idx: number;
  kind: 'direct' | 'reported';
  lang: 'km' | 'en';
  text: string;
  date: string | null;
  page: number | null;
  person_id: number | null;
  speaker_name: string | null;
  role: string | null;
  name_en: string | null;
  name_km: string | null;
  organization_id: number | null;
  organization_name: string | null;
  acronym: string | null;
  title_en: string | null;
  title_km: string | null;
  aligned_idx: number | null;
  aligned_lang: 'km' | 'en' | null;
  aligned_text: string | null;
  score: number;
  total: number;
}

function quoteHit(row: QuoteRow): QuoteHit {
  return {
    quoteId: Number(row.id),
    releaseId: row.release_id,
    sourceId: row.source_id,
    index: Number(row.idx),
    kind: row.kind,
    lang: row.lang,
    text: row.text,
    date: row.date,
    page: row.page === null ? null : Number(row.page),
    speaker:
      row.person_id === null
        ? null
        : {
            personId: Number(row.person_id),
            name: row.name_en ?? row.name_km ?? row.speaker_name ?? '',
            names: names(row.name_en, row.name_km),
            role: row.role,
          },
    organization: row.organization_id === null ? null : { id: Number(row.organization_id), name: row.organization_name!, acronym: row.acronym },
    title: names(row.title_en, row.title_km),
    alignedWith:
      row.aligned_idx === null ? null : { index: Number(row.aligned_idx), lang: row.aligned_lang!, text: row.aligned_text! },
    score: Number(row.score),
  };
}

