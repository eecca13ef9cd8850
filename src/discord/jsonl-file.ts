/**
 * The bot's JSON-lines files (votes, answer states): rewritten beside the
 * file and renamed over it, so a crash mid-rewrite loses nothing; and the
 * retention rule they share.
 */
import { rename, writeFile } from 'node:fs/promises';

/** Replace a JSON-lines file's content with these records, atomically. */
export async function rewriteLines(path: string, records: object[]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  await rename(tmp, path);
}

/** Is a record made at `at` (an ISO time) still within `days` of now? An unreadable time is kept (never lose a record by a parse). */
export function withinRetention(at: string, days: number, now = Date.now()): boolean {
  const t = Date.parse(at);
  return Number.isNaN(t) || now - t <= days * 86_400_000;
}
