/**
 * Opening the bot's SQLite database (libsql: better-sqlite3's API with
 * prebuilt binaries, so `npm ci` compiles nothing): WAL, so that shards and
 * `npm run stats` read and write it at once; a busy timeout, so that two
 * writers wait for each other instead of failing; the migrations. A file that
 * is not a database, or fails its check, is moved aside and a fresh one made:
 * the bot keeps serving, and the operator is told where the old one went.
 */
import { mkdirSync, renameSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'libsql';
import { log } from '../log.ts';
import { MIGRATIONS, type Migration } from './migrations.ts';

export type Sqlite = InstanceType<typeof Database>;

/** How long a writer waits for another process's write before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/** Errors that mean the file is damaged or is not a database at all. */
const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export interface Opened {
  db: Sqlite;
  /** the database is in memory only: what it keeps goes at exit (the operator was told why) */
  inMemory: boolean;
}

/** Open (or make) the database at `path`, migrated; never throws for a damaged or unwritable file (a broken migration step, the program's own fault, does). */
export function openDatabase(path: string, migrations: Migration[] = MIGRATIONS): Opened {
  try {
    return { db: openChecked(path, migrations), inMemory: false };
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (DAMAGED.has(code) || err instanceof DamagedDatabase) {
      const aside = `${path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
        log.error(
          `The database ${path} is damaged (${(err as Error).message}); it was moved to ${aside} and a new one started. Questions, votes and settings kept before are in the old file.`,
        );
        return { db: openChecked(path, migrations), inMemory: false };
      } catch (err2) {
        log.error(`The database ${path} is damaged and could not be moved aside (${(err2 as Error).message}).`);
      }
    } else {
      log.error(`Could not open the database ${path} (${(err as Error).message}).`);
    }
    log.warn('Keeping questions, votes and server settings in memory only: they will be lost at exit. Fix the file or set DATABASE_FILE.');
    return { db: openChecked(':memory:', migrations), inMemory: true };
  }
}

class DamagedDatabase extends Error {}

function openChecked(path: string, migrations: Migration[]): Sqlite {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (path !== ':memory:') db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL'); // WAL keeps every committed write across a crash of the process
    const check = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
    if (check[0]?.quick_check !== 'ok') throw new DamagedDatabase(`its check says: ${check.map((r) => r.quick_check).join('; ')}`);
    migrate(db, migrations, path);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The schema step a database is at. */
export function schemaVersion(db: Sqlite): number {
  const row = db.prepare('PRAGMA user_version').all()[0] as { user_version: number };
  return row.user_version;
}

function migrate(db: Sqlite, migrations: Migration[], path: string): void {
  const at = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (at > newest)
    throw new Error(`it was made by a newer version of the bot (schema ${at}, this one knows up to ${newest}); run that version, or restore a backup`);
  for (const m of migrations) {
    if (m.version <= at) continue;
    // IMMEDIATE: two processes starting at once do not both run a step.
    db.exec('BEGIN IMMEDIATE');
    try {
      if (schemaVersion(db) < m.version) {
        db.exec(m.sql);
        db.exec(`PRAGMA user_version = ${m.version}`);
        if (path !== ':memory:') log.info(`Database ${path}: applied step ${m.version} (${m.name}).`);
      }
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }
}
