import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { EvalDocument } from './eval-documents.js';
import type { ScoredDocument } from './evaluate-documents.js';

type JournalEntry = Omit<ScoredDocument, 'document'> & { name: string };

/**
 * Scores written down as documents finish, one JSON line each, so that a slow eval (OCR of every
 * scan takes most of an hour on two cores) can be stopped and resumed: a document already in the
 * journal is not run again. The journal trusts its lines, so start a new one after changing the
 * pipeline. It holds held-out documents one by one too: a file for the eval, not for reading.
 */
export class ScoreJournal {
  private readonly entries = new Map<string, JournalEntry>();

  constructor(private readonly path: string) {
    if (!existsSync(path)) return;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const entry = JSON.parse(line) as JournalEntry;
      this.entries.set(entry.name, entry);
    }
  }

  /** The score of a document from an earlier run, if there is one. */
  recall(document: EvalDocument): ScoredDocument | undefined {
    const entry = this.entries.get(document.name);
    if (entry === undefined) return undefined;
    const { score, pages, seconds } = entry;
    return { document, score, pages, seconds };
  }

  /** Writes a document's score down at once. */
  record(scored: ScoredDocument): void {
    const { document, ...rest } = scored;
    const entry = { name: document.name, ...rest };
    this.entries.set(entry.name, entry);
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }
}
