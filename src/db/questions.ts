/** Every question answered, for the operator: what was asked, whether the reports held an answer, what was cited. */
import { normalizeToneStyle } from '../text/normalize.ts';
import type { Sqlite } from './open.ts';

/** One question however it was typed: case, tone-mark style, spacing and a trailing '?' aside (diacritics kept: 'có' is not 'cỏ'). */
export function questionKey(q: string): string {
  return normalizeToneStyle(q.toLowerCase())
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.…]+$/u, '');
}

export interface AskedQuestion {
  at: string;
  guild: string | null;
  /** the member's id as given; stored as its salted hash */
  user: string;
  /** '' for a private answer */
  question: string;
  lang: string | null;
  intent: string | null;
  found: boolean;
  reports: string[];
}

export class QuestionLog {
  constructor(
    private db: Sqlite,
    private userKey: (id: string) => string,
  ) {}

  async record(q: AskedQuestion): Promise<void> {
    this.db
      .prepare('INSERT INTO questions (at, guild, user_key, question, question_key, lang, intent, found, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(
        q.at,
        q.guild,
        this.userKey(q.user),
        q.question.replace(/\s+/g, ' ').trim(),
        questionKey(q.question),
        q.lang,
        q.intent,
        q.found ? 1 : 0,
        JSON.stringify(q.reports),
      );
  }
}
