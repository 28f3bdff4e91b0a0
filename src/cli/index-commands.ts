import type { Command } from 'commander';
import type { Io } from './io.js';

/** `--index`: where every index command finds the index. */
export const indexOption = ['--index <file|url>', 'SQLite file or postgres://… URL of the index (env PRESSPIPE_INDEX)'] as const;
const formatOption = ['--format <format>', 'table | json | jsonl | csv (CSV with a UTF-8 BOM, for spreadsheets)', 'table'] as const;

/** The flags of `quotes`, as commander hands them over. */
export interface QuotesFlags {
  index?: string;
  speaker?: string;
  org?: string;
  lang?: string;
  kind?: string;
  from?: string;
  to?: string;
  release?: string;
  limit: string;
  offset: string;
  format: string;
}

/** The flags of `speakers` and `orgs`. */
export interface ListFlags {
  index?: string;
  name?: string;
  limit: string;
  offset: string;
  format: string;
}

/**
 * Adds `index`, `quotes`, `speakers` and `orgs`. The index drivers (better-sqlite3, pg) are
 * imported only when one of them runs.
 */
export function addIndexCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('index')
    .description('build or update the index from the release JSON in a folder (the JSON stays the source of truth)')
    .argument('<dir>', 'folder of <id>.json release files')
    .option(...indexOption)
    .action(async (dir: string, flags: { index?: string }) => {
      const { indexCommand } = await import('./index-run.js');
      setExit(await indexCommand(dir, flags, io));
    });

  program
    .command('quotes')
    .description('search quotes: English words (stemmed) or any Khmer substring, with filters; each with its translation')
    .argument('[text]', 'what the quote says (optional)')
    .option(...indexOption)
    .option('--speaker <name>', 'any part of the speaker name, in English or Khmer')
    .option('--org <name>', 'organization of the speaker: name, acronym or Khmer name')
    .option('--lang <code>', 'km | en')
    .option('--kind <kind>', 'direct | reported')
    .option('--from <date>', 'first date, YYYY-MM-DD')
    .option('--to <date>', 'last date, YYYY-MM-DD')
    .option('--release <id>', 'only this release (or one of its sources)')
    .option('--limit <n>', 'hits per page', '20')
    .option('--offset <n>', 'hits to skip', '0')
    .option(...formatOption)
    .action(async (text: string | undefined, flags: QuotesFlags) => {
      const { quotesCommand } = await import('./index-run.js');
      setExit(await quotesCommand(text, flags, io));
    });

  for (const [name, description] of [
    ['speakers', 'people quoted in the archive: both name forms, aliases, roles over time'],
    ['orgs', 'organizations: one name with acronym, Khmer name and every spelling met'],
  ] as const) {
    program
      .command(name)
      .description(description)
      .option(...indexOption)
      .option('--name <text>', 'any part of a name, in either script')
      .option('--limit <n>', 'rows', '50')
      .option('--offset <n>', 'rows to skip', '0')
      .option(...formatOption)
      .action(async (flags: ListFlags) => {
        const { listCommand } = await import('./index-run.js');
        setExit(await listCommand(name, flags, io));
      });
  }
}
