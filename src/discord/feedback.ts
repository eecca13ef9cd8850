/** 👍/👎 votes, appended as JSON lines; one vote per user per answer. */
import { appendFile, readFile } from 'node:fs/promises';
import { log } from '../log.ts';

export interface Vote {
  at: string;
  user: string;
  message: string;
  vote: 'up' | 'down';
  question: string;
  intent: string | null;
  reports: string[];
}

export class FeedbackLog {
  private seen = new Set<string>();
  private loaded: Promise<void>;
  /** the file ends in a half-written line (a crash mid-write): the next vote starts a line of its own */
  private needsNewline = false;

  constructor(private path: string) {
    this.loaded = this.load();
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
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const v = JSON.parse(line) as Vote;
        this.seen.add(`${v.message}:${v.user}`);
      } catch {
        damaged++; // a damaged line does not stop the others from counting
      }
    }
    if (damaged) log.warn(`${this.path}: skipped ${damaged} damaged line(s).`);
  }

  /** Record a vote; false when this user already voted on this answer. A failed write throws (the user is told). */
  async record(v: Vote): Promise<boolean> {
    await this.loaded;
    const key = `${v.message}:${v.user}`;
    if (this.seen.has(key)) return false;
    await appendFile(this.path, `${this.needsNewline ? '\n' : ''}${JSON.stringify(v)}\n`);
    this.needsNewline = false;
    this.seen.add(key);
    return true;
  }
}
