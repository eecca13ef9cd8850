/** 👍/👎 votes, appended as JSON lines; one vote per user per answer. */
import { appendFile, readFile } from 'node:fs/promises';

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

  constructor(private path: string) {
    this.loaded = this.load();
  }

  private async load(): Promise<void> {
    try {
      for (const line of (await readFile(this.path, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const v = JSON.parse(line) as Vote;
          this.seen.add(`${v.message}:${v.user}`);
        } catch {
          // A damaged line does not stop the others from counting.
        }
      }
    } catch {
      // No file yet.
    }
  }

  /** Record a vote; false when this user already voted on this answer. */
  async record(v: Vote): Promise<boolean> {
    await this.loaded;
    const key = `${v.message}:${v.user}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    await appendFile(this.path, `${JSON.stringify(v)}\n`);
    return true;
  }
}
