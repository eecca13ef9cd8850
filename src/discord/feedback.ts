/**
 * 👍/👎 votes, appended as JSON lines; one vote per user per answer. A
 * member is recorded by a salted hash of their id, never the id itself: the
 * salt is made once per install (a file beside the votes), so the file tells
 * votes apart without telling who cast them. Votes older than the
 * retention (RETENTION_DAYS) are dropped when the file is read and daily.
 */
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { log } from '../log.ts';
import { rewriteLines, withinRetention } from './jsonl-file.ts';

export interface Vote {
  at: string;
  /** the member's id as given; stored as its salted hash */
  user: string;
  message: string;
  vote: 'up' | 'down';
  question: string;
  intent: string | null;
  reports: string[];
}

export class FeedbackLog {
  /** the vote each member cast on each answer, by `message:user` */
  private seen = new Map<string, Vote['vote']>();
  private loaded: Promise<void>;
  /** the file ends in a half-written line (a crash mid-write): the next vote starts a line of its own */
  private needsNewline = false;

  private salt: Promise<string> | null = null;

  constructor(
    private path: string,
    private retentionDays = 90,
  ) {
    this.loaded = this.load();
  }

  /** The stored form of a member id (the salt is made at the first vote, not before). */
  async userKey(id: string): Promise<string> {
    this.salt ??= loadSalt(join(dirname(this.path), '.feedback-salt'));
    return createHash('sha256')
      .update(`${await this.salt}:${id}`)
      .digest('base64url')
      .slice(0, 22);
  }

  private async load(): Promise<void> {
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn(`Could not read ${this.path} (${(err as Error).message}); earlier votes will not stop a second vote.`);
      return;
    }
    this.needsNewline = text.length > 0 && !text.endsWith('\n');
    let damaged = 0;
    const kept: Vote[] = [];
    let expired = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const v = JSON.parse(line) as Vote;
        if (!withinRetention(v.at, this.retentionDays)) {
          expired++;
          continue;
        }
        kept.push(v);
        this.seen.set(`${v.message}:${v.user}`, v.vote);
      } catch {
        damaged++; // a damaged line does not stop the others from counting
      }
    }
    if (damaged) log.warn(`${this.path}: skipped ${damaged} damaged line(s).`);
    if (expired) {
      try {
        await rewriteLines(this.path, kept); // damaged lines go too: they were never counted
        this.needsNewline = false;
        log.info(`${this.path}: removed ${expired} vote(s) older than ${this.retentionDays} days.`);
      } catch (err) {
        log.warn(`Could not remove old votes from ${this.path} (${(err as Error).message}); they stay until the next try.`);
      }
    }
  }

  /** Drop votes past the retention now (the bot calls this daily). */
  async prune(): Promise<void> {
    await this.loaded;
    this.seen.clear();
    this.loaded = this.load();
    await this.loaded;
  }

  /** The vote a member cast on an answer, if any. */
  async voteOf(message: string, user: string): Promise<Vote['vote'] | null> {
    await this.loaded;
    return this.seen.get(`${message}:${await this.userKey(user)}`) ?? null;
  }

  /** Record a vote; false when this user already voted on this answer (see voteOf). A failed write throws (the user is told). */
  async record(v: Vote): Promise<boolean> {
    await this.loaded;
    const stored = { ...v, user: await this.userKey(v.user) };
    const key = `${v.message}:${stored.user}`;
    if (this.seen.has(key)) return false;
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${this.needsNewline ? '\n' : ''}${JSON.stringify(stored)}\n`);
    this.needsNewline = false;
    this.seen.set(key, v.vote);
    return true;
  }
}

/** The install's salt: read, or made once (a salt that cannot be kept still hashes, for this run). */
async function loadSalt(path: string): Promise<string> {
  try {
    const s = (await readFile(path, 'utf8')).trim();
    if (s.length >= 16) return s;
  } catch {
    // not made yet
  }
  const salt = randomBytes(24).toString('base64url');
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${salt}\n`, { flag: 'wx' });
    return salt;
  } catch (err) {
    // Made by another process meanwhile: use theirs. Else hash with this run's salt and say so.
    const theirs = await readFile(path, 'utf8').then(
      (t) => t.trim(),
      () => '',
    );
    if (theirs.length >= 16) return theirs;
    log.warn(`Could not keep the vote salt in ${path} (${(err as Error).message}); repeat votes across restarts will not be told apart.`);
    return salt;
  }
}
