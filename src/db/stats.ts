/** What the operator learns from the questions and votes: per day, answered, unanswered, and the feedback. */
import type { Sqlite } from './open.ts';

export interface Stats {
  days: number;
  /** each day with questions, oldest first (UTC dates) */
  perDay: { day: string; asked: number; answered: number }[];
  asked: number;
  answered: number;
  /** the questions most often asked without an answer (private questions are not kept, so not listed) */
  topUnanswered: { question: string; times: number }[];
  votes: { up: number; down: number };
}

/** The last `days` days (of one server, or all): numbers only, rendering is the front end's. */
export function computeStats(db: Sqlite, opts: { guild?: string | null; days?: number; now?: number; top?: number } = {}): Stats {
  const days = opts.days ?? 14;
  const since = new Date((opts.now ?? Date.now()) - days * 86_400_000).toISOString();
  const where = opts.guild ? 'at >= ? AND guild = ?' : 'at >= ?';
  const args = opts.guild ? [since, opts.guild] : [since];
  const perDay = db
    .prepare(`SELECT substr(at, 1, 10) AS day, count(*) AS asked, sum(found) AS answered FROM questions WHERE ${where} GROUP BY day ORDER BY day`)
    .all(...args) as { day: string; asked: number; answered: number }[];
  const topUnanswered = db
    .prepare(
      // Shown as most recently typed.
      `SELECT (SELECT question FROM questions q2 WHERE q2.question_key = q.question_key ORDER BY at DESC, id DESC LIMIT 1) AS question, count(*) AS times
       FROM questions q WHERE ${where} AND found = 0 AND question <> '' GROUP BY question_key ORDER BY times DESC, max(at) DESC LIMIT ?`,
    )
    .all(...args, opts.top ?? 5) as { question: string; times: number }[];
  const votes = db.prepare(`SELECT vote, count(*) AS n FROM votes WHERE ${where} GROUP BY vote`).all(...args) as { vote: string; n: number }[];
  const n = (v: string) => votes.find((r) => r.vote === v)?.n ?? 0;
  return {
    days,
    perDay: perDay.map((d) => ({ day: d.day, asked: d.asked, answered: d.answered ?? 0 })),
    asked: perDay.reduce((s, d) => s + d.asked, 0),
    answered: perDay.reduce((s, d) => s + (d.answered ?? 0), 0),
    topUnanswered: topUnanswered.map((q) => ({ question: q.question, times: q.times })),
    votes: { up: n('up'), down: n('down') },
  };
}
