/**
 * The bot's database, one facade: votes, questions asked, per-server
 * settings and the statistics made from them, in one SQLite file (see
 * open.ts for WAL, migrations and a damaged file). Members are stored only as
 * a salted hash of their id; rows past the retention are deleted at start and
 * daily (prune).
 */
import { readFileSync, renameSync } from 'node:fs';
import { log } from '../log.ts';
import { openDatabase, type Sqlite } from './open.ts';
import { hashUser, installSalt } from './salt.ts';
import { Votes } from './votes.ts';
import { QuestionLog } from './questions.ts';
import { ServerSettingsStore } from './settings.ts';
import { computeStats, type Stats } from './stats.ts';

export interface DatabaseOptions {
  path: string;
  retentionDays?: number;
  /** the votes file of versions before the database: moved in at the first start, then renamed `.imported` */
  legacyVotesFile?: string;
  /** the salt file of those versions, so that their votes keep matching */
  legacySaltFile?: string;
}

export class BotDatabase {
  readonly votes: Votes;
  readonly questions: QuestionLog;
  readonly settings: ServerSettingsStore;
  /** kept in memory only (the file could not be opened; the operator was told) */
  readonly inMemory: boolean;
  private salt: string;

  private constructor(
    private db: Sqlite,
    inMemory: boolean,
    private opts: DatabaseOptions,
  ) {
    this.inMemory = inMemory;
    this.salt = installSalt(db, opts.legacySaltFile);
    const key = (id: string) => hashUser(this.salt, id);
    this.votes = new Votes(db, key);
    this.questions = new QuestionLog(db, key);
    this.settings = new ServerSettingsStore(db);
  }

  /** Open (or make) the database, import an older votes file once, and drop rows past the retention. */
  static open(opts: DatabaseOptions): BotDatabase {
    const { db, inMemory } = openDatabase(opts.path);
    const bot = new BotDatabase(db, inMemory, opts);
    if (opts.legacyVotesFile && !inMemory) bot.importVotesFile(opts.legacyVotesFile);
    bot.prune();
    return bot;
  }

  /** A member id as stored. */
  userKey(id: string): string {
    return hashUser(this.salt, id);
  }

  /** What a command-line session last asked (JSON text), or null. */
  sessionTurn(id: string): string | null {
    return (this.db.prepare('SELECT turn FROM sessions WHERE id = ?').all(id)[0] as { turn: string } | undefined)?.turn ?? null;
  }

  keepSessionTurn(id: string, turn: string): void {
    this.db
      .prepare('INSERT INTO sessions (id, turn, at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET turn = excluded.turn, at = excluded.at')
      .run(id, turn, new Date().toISOString());
  }

  stats(opts: { guild?: string | null; days?: number; now?: number } = {}): Stats {
    return computeStats(this.db, opts);
  }

  /** Delete questions and votes older than the retention; resolves to how many went. */
  prune(now = Date.now()): number {
    const days = this.opts.retentionDays ?? 90;
    const before = new Date(now - days * 86_400_000).toISOString();
    const gone =
      this.db.prepare('DELETE FROM questions WHERE at < ?').run(before).changes +
      this.db.prepare('DELETE FROM votes WHERE at < ?').run(before).changes +
      this.db.prepare('DELETE FROM sessions WHERE at < ?').run(before).changes;
    if (gone) log.info(`Database: removed ${gone} question(s) and vote(s) older than ${days} days.`);
    return gone;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** The older JSON-lines votes file, moved in once: its rows are already hashed with the salt adopted above. */
  private importVotesFile(file: string): void {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn(`Could not read the older votes file ${file} (${(err as Error).message}); it was not moved in.`);
      return;
    }
    const rows = [];
    let damaged = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        rows.push(JSON.parse(line));
      } catch {
        damaged++;
      }
    }
    const added = this.votes.importStored(rows);
    try {
      renameSync(file, `${file}.imported`);
    } catch (err) {
      log.warn(`Moved the votes of ${file} into the database, but could not rename it (${(err as Error).message}); importing it again adds nothing.`);
    }
    log.info(
      `Moved ${added} vote(s) from ${file} into the database${damaged ? ` (${damaged} damaged line(s) skipped)` : ''}; the file is now ${file}.imported.`,
    );
  }
}
