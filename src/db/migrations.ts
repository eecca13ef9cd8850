/**
 * The database's schema, as numbered steps: a database is at the step its
 * `user_version` says and is brought forward one step at a time, each in a
 * transaction. A step, once shipped, never changes: a change is a new step.
 */
export interface Migration {
  version: number;
  /** what the step does, for the log */
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'questions, votes, server settings',
    sql: `
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- One row per question answered. user_key is a salted hash, never the member id;
      -- question is '' for a private answer (its kind and what it cited are kept).
      CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        guild TEXT,
        user_key TEXT NOT NULL,
        question TEXT NOT NULL,
        -- the question as grouped for the top unanswered: one case, one tone style, no trailing '?'
        question_key TEXT NOT NULL,
        lang TEXT,
        intent TEXT,
        found INTEGER NOT NULL,
        reports TEXT NOT NULL
      );
      CREATE INDEX questions_at ON questions (at);
      CREATE INDEX questions_guild_at ON questions (guild, at);
      -- One vote per member per answer (the message the buttons sit on).
      CREATE TABLE votes (
        message TEXT NOT NULL,
        user_key TEXT NOT NULL,
        at TEXT NOT NULL,
        guild TEXT,
        vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
        question TEXT NOT NULL,
        intent TEXT,
        reports TEXT NOT NULL,
        PRIMARY KEY (message, user_key)
      );
      CREATE INDEX votes_at ON votes (at);
      CREATE TABLE server_settings (
        guild TEXT PRIMARY KEY,
        settings TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'conversations of the JSON command line (--session)',
    sql: `
      -- What a session last asked: one row per session id, replaced at each question.
      CREATE TABLE sessions (id TEXT PRIMARY KEY, turn TEXT NOT NULL, at TEXT NOT NULL);
    `,
  },
];
