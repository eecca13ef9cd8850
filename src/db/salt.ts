/**
 * The install's salt, kept in the database: members are stored as a salted
 * hash of their id, so the database tells one member's rows apart without
 * telling who they are. An install that kept its salt in a file (before the
 * database) keeps using it, so its old votes still match.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Sqlite } from './open.ts';

export function installSalt(db: Sqlite, legacyFile?: string): string {
  const read = () => (db.prepare("SELECT value FROM meta WHERE key = 'salt'").all()[0] as { value: string } | undefined)?.value;
  const have = read();
  if (have) return have;
  let salt = randomBytes(24).toString('base64url');
  if (legacyFile) {
    try {
      const old = readFileSync(legacyFile, 'utf8').trim();
      if (old.length >= 16) salt = old;
    } catch {
      // no older salt: a new one
    }
  }
  // Another process may have made it meanwhile: the first one written wins, and both use it.
  db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)").run(salt);
  return read() ?? salt;
}

/** A member id as stored: 22 characters of a salted SHA-256. */
export function hashUser(salt: string, id: string): string {
  return createHash('sha256').update(`${salt}:${id}`).digest('base64url').slice(0, 22);
}
