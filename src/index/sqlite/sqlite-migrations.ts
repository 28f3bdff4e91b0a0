import { RELEASE_AND_SOURCE_TABLES } from '../release-tables.js';
import type { Migration } from '../sql-client.js';

/** The SQLite index schema, one versioned step at a time (never edit a released step; add one). */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'releases, sources, people, organizations, quotes with trigram and porter full-text tables',
    statements: [
      ...RELEASE_AND_SOURCE_TABLES,
      `CREATE TABLE people (id INTEGER PRIMARY KEY, name_en TEXT, name_km TEXT)`,
      `CREATE TABLE organizations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, acronym TEXT, name_en TEXT, name_km TEXT)`,
      `CREATE TABLE aliases (kind TEXT NOT NULL, key TEXT NOT NULL, entity_id INTEGER NOT NULL, spelling TEXT NOT NULL, PRIMARY KEY (kind, key))`,
      `CREATE INDEX aliases_entity ON aliases (kind, entity_id)`,
      `CREATE TABLE appearances (person_id INTEGER NOT NULL, release_id TEXT NOT NULL, role TEXT, organization_id INTEGER, date TEXT)`,
      `CREATE INDEX appearances_person ON appearances (person_id)`,
      `CREATE INDEX appearances_release ON appearances (release_id)`,
      `CREATE TABLE release_organizations (release_id TEXT NOT NULL, organization_id INTEGER NOT NULL, PRIMARY KEY (release_id, organization_id))`,
      `CREATE TABLE quotes (id INTEGER PRIMARY KEY, release_id TEXT NOT NULL, source_id TEXT NOT NULL, idx INTEGER NOT NULL,
        kind TEXT NOT NULL, lang TEXT NOT NULL, text TEXT NOT NULL, search_key TEXT NOT NULL, speaker_name TEXT,
        person_id INTEGER, organization_id INTEGER, role TEXT, date TEXT, page INTEGER, aligned_idx INTEGER)`,
      `CREATE INDEX quotes_release ON quotes (release_id, idx)`,
      `CREATE INDEX quotes_person ON quotes (person_id)`,
      `CREATE INDEX quotes_organization ON quotes (organization_id)`,
      `CREATE INDEX quotes_date ON quotes (date)`,
      // Khmer has no spaces between words: trigrams find any substring of three characters or more.
      `CREATE VIRTUAL TABLE quote_trigrams USING fts5 (search_key, content = 'quotes', content_rowid = 'id', tokenize = 'trigram')`,
      // English: words stemmed by Porter, ranked by bm25.
      `CREATE VIRTUAL TABLE quote_words USING fts5 (text, content = 'quotes', content_rowid = 'id', tokenize = 'porter unicode61')`,
      `CREATE TRIGGER quotes_indexed AFTER INSERT ON quotes BEGIN
        INSERT INTO quote_trigrams (rowid, search_key) VALUES (new.id, new.search_key);
        INSERT INTO quote_words (rowid, text) VALUES (new.id, new.text);
      END`,
      `CREATE TRIGGER quotes_unindexed AFTER DELETE ON quotes BEGIN
        INSERT INTO quote_trigrams (quote_trigrams, rowid, search_key) VALUES ('delete', old.id, old.search_key);
        INSERT INTO quote_words (quote_words, rowid, text) VALUES ('delete', old.id, old.text);
      END`,
    ],
  },
];
