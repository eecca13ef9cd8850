/** 👍/👎 votes: one per member per answer, the first one counts. */
import type { Sqlite } from './open.ts';

export interface Vote {
  at: string;
  /** the member's id as given; stored as its salted hash */
  user: string;
  message: string;
  vote: 'up' | 'down';
  /** '' for a private answer */
  question: string;
  intent: string | null;
  reports: string[];
  guild?: string | null;
}

export class Votes {
  constructor(
    private db: Sqlite,
    private userKey: (id: string) => string,
  ) {}

  /** Record a vote; false when this member already voted on this answer. A failed write throws (the member is told). */
  async record(v: Vote): Promise<boolean> {
    const r = this.db
      .prepare('INSERT OR IGNORE INTO votes (message, user_key, at, guild, vote, question, intent, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(v.message, this.userKey(v.user), v.at, v.guild ?? null, v.vote, v.question, v.intent, JSON.stringify(v.reports));
    return r.changes === 1;
  }

  /** The vote a member cast on an answer, if any. */
  async voteOf(message: string, user: string): Promise<Vote['vote'] | null> {
    const row = this.db.prepare('SELECT vote FROM votes WHERE message = ? AND user_key = ?').all(message, this.userKey(user))[0] as
      | { vote: Vote['vote'] }
      | undefined;
    return row?.vote ?? null;
  }

  /** Rows already hashed (an older votes file): kept as they are, a vote already there wins. */
  importStored(rows: { at: string; user: string; message: string; vote: string; question?: string; intent?: string | null; reports?: string[] }[]): number {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO votes (message, user_key, at, guild, vote, question, intent, reports) VALUES (?, ?, ?, NULL, ?, ?, ?, ?)',
    );
    let added = 0;
    const all = this.db.transaction(() => {
      for (const r of rows) {
        if (r.vote !== 'up' && r.vote !== 'down') continue;
        added += insert.run(r.message, r.user, r.at, r.vote, r.question ?? '', r.intent ?? null, JSON.stringify(r.reports ?? [])).changes;
      }
    });
    all();
    return added;
  }
}
