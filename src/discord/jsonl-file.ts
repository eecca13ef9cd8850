/**
 * The bot's JSON-lines files (votes, answer states): rewritten as the caches
 * are (writeAtomically: beside the file, flushed, renamed over it), so a crash
 * mid-rewrite loses nothing; and the retention rule they share.
 */
import { writeAtomically } from '../store/cache-files.ts';

/** Replace a JSON-lines file's content with these records, atomically. */
export async function rewriteLines(path: string, records: object[]): Promise<void> {
  await writeAtomically(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

/** Is a record made at `at` (an ISO time) still within `days` of now? An unreadable time is kept (never lose a record by a parse). */
export function withinRetention(at: string, days: number, now = Date.now()): boolean {
  const t = Date.parse(at);
  return Number.isNaN(t) || now - t <= days * 86_400_000;
}
