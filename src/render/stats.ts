/**
 * What /stats and `npm run stats` show, as plain lines: questions per day,
 * the share answered, the questions most often left unanswered (what tells
 * the operator which reports to add), and the feedback ratio.
 */
import type { Stats } from '../db/stats.ts';
import type { Lang } from '../model/report.ts';

const WORDS = {
  en: {
    head: (days: number, asked: number) => `Questions in the last ${days} days: ${asked}`,
    answered: (n: number, pct: string) => `answered from the reports: ${n} (${pct})`,
    perDay: 'Per day (asked · answered):',
    none: 'No questions yet.',
    unanswered: 'Most asked without an answer:',
    noUnanswered: 'Every question had an answer.',
    votes: (up: number, down: number, pct: string) => `Feedback: 👍 ${up} · 👎 ${down}${pct ? ` (${pct} positive)` : ''}`,
  },
  vi: {
    head: (days: number, asked: number) => `Câu hỏi trong ${days} ngày qua: ${asked}`,
    answered: (n: number, pct: string) => `trả lời được từ báo cáo: ${n} (${pct})`,
    perDay: 'Theo ngày (hỏi · trả lời được):',
    none: 'Chưa có câu hỏi nào.',
    unanswered: 'Hỏi nhiều nhất mà chưa có câu trả lời:',
    noUnanswered: 'Câu hỏi nào cũng có câu trả lời.',
    votes: (up: number, down: number, pct: string) => `Phản hồi: 👍 ${up} · 👎 ${down}${pct ? ` (${pct} tích cực)` : ''}`,
  },
};

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '');

/** The statistics as lines of text; `quote` wraps a member's question (Discord escapes it, a terminal shows it as typed). */
export function statsLines(s: Stats, lang: Lang = 'en', quote: (q: string) => string = (q) => `“${q}”`): string[] {
  const w = WORDS[lang];
  if (s.asked === 0) return [w.head(s.days, 0), w.none, w.votes(s.votes.up, s.votes.down, percent(s.votes.up, s.votes.up + s.votes.down))];
  const widest = Math.max(...s.perDay.map((d) => d.asked));
  const bar = (n: number) => '█'.repeat(Math.max(1, Math.round((12 * n) / widest)));
  return [
    `${w.head(s.days, s.asked)}, ${w.answered(s.answered, percent(s.answered, s.asked))}`,
    '',
    w.perDay,
    ...s.perDay.map((d) => `${d.day}  ${String(d.asked).padStart(4)} · ${String(d.answered).padStart(4)}  ${bar(d.asked)}`),
    '',
    s.topUnanswered.length ? w.unanswered : w.noUnanswered,
    ...s.topUnanswered.map((q, i) => `${i + 1}. ${quote(q.question)} ×${q.times}`),
    '',
    w.votes(s.votes.up, s.votes.down, percent(s.votes.up, s.votes.up + s.votes.down)),
  ];
}
