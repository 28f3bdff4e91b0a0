/**
 * Tables both SQL dialects write alike in migration 1: one row per release, one per source file
 * (text, PDF, scan of it), with the MinHash fingerprint that groups sources into releases.
 */
export const RELEASE_AND_SOURCE_TABLES: readonly string[] = [
  `CREATE TABLE releases (id TEXT PRIMARY KEY, date TEXT, title_en TEXT, title_km TEXT, primary_source TEXT NOT NULL)`,
  `CREATE INDEX releases_date ON releases (date)`,
  `CREATE TABLE sources (id TEXT PRIMARY KEY, release_id TEXT NOT NULL REFERENCES releases (id), filename TEXT,
    media_type TEXT NOT NULL, pages INTEGER NOT NULL, ocr_pages INTEGER NOT NULL, text_date TEXT,
    fingerprint TEXT NOT NULL, json_path TEXT, document_path TEXT, release_json TEXT NOT NULL, indexed_at TEXT NOT NULL)`,
  `CREATE INDEX sources_release ON sources (release_id)`,
  `CREATE INDEX sources_text_date ON sources (text_date)`,
];
