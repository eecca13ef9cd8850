/**
 * Conversations: what each one last asked, so that a follow-up ("and in
 * 2018?", "who chaired it?") is read with it (src/understand/follow-up.ts).
 * A conversation is whatever key the front end gives: a Discord thread, a DM,
 * a channel-and-member, a console session. It is forgotten after the window
 * (FOLLOW_UP_MINUTES), and a new full question starts it afresh. Bounded: the
 * least recently used conversations go first.
 */
import type { Answer } from './model/answer.ts';
import type { AnswerRequest } from './model/request.ts';
import type { Lang } from './model/report.ts';
import { readFollowUp, type PreviousTurn } from './understand/follow-up.ts';
import { T } from './answer/messages.ts';
import { citedReports } from './answer/citations.ts';
import { detectLang } from './understand/understand.ts';

export interface Turn extends PreviousTurn {
  at: number;
  /** the title of the report the answer was about (said when a follow-up assumes it) */
  title: string | null;
}

/** Conversations remembered at most (a few KB each). */
const MAX_CONVERSATIONS = 10_000;

export class Conversations {
  private turns = new Map<string, Turn>();

  constructor(private windowMs = 10 * 60_000) {}

  /**
   * The request a question makes in this conversation: as asked, or leaning
   * on the previous question (and saying so). `windowMs`: this
   * conversation's window, when its server set one (/settings).
   */
  request(key: string | undefined, question: string, lang?: Lang, now = Date.now(), windowMs = this.windowMs): Extract<AnswerRequest, { kind: 'ask' }> {
    const prev = key ? this.turns.get(key) : undefined;
    const live = prev && now - prev.at <= windowMs ? prev : null;
    const f = readFollowUp(live, question);
    const shownLang: Lang = lang ?? detectLang(question);
    const base = { kind: 'ask' as const, question: f.question, ...(lang ? { lang } : {}) };
    if (f.kind === 'change') return { ...base, assumed: T[shownLang].assumingQuestion(f.question) };
    if (f.kind === 'same-meeting') return { ...base, doc: f.doc, assumed: T[shownLang].assumingMeeting(live?.title ?? f.doc) };
    return base;
  }

  /** What a conversation last asked, to keep elsewhere (the JSON CLI's --session keeps it in the database). */
  snapshot(key: string): Turn | undefined {
    const t = this.turns.get(key);
    return t && { ...t, reports: [...t.reports] };
  }

  /** Take up a conversation kept elsewhere; a kept value of the wrong shape is ignored (the question then starts afresh). */
  restore(key: string, kept: unknown): void {
    const t = kept as Partial<Turn> | null;
    const ok =
      t &&
      typeof t.question === 'string' &&
      (t.lang === 'en' || t.lang === 'vi') &&
      Array.isArray(t.reports) &&
      t.reports.every((r) => typeof r === 'string') &&
      typeof t.at === 'number' &&
      (t.title === null || typeof t.title === 'string');
    if (ok) this.turns.set(key, { question: t.question!, lang: t.lang!, reports: t.reports!, at: t.at!, title: t.title ?? null });
  }

  /** A conversation moves (an answer opened a thread for it): the thread starts from what was asked. */
  carry(from: string | undefined, to: string): void {
    const turn = from ? this.turns.get(from) : undefined;
    if (turn) this.turns.set(to, { ...turn });
  }

  /** Keep what was asked and what its answer was about; an answer that cites nothing leaves the conversation as it was. */
  remember(key: string | undefined, req: Extract<AnswerRequest, { kind: 'ask' }>, answer: Answer, now = Date.now()): void {
    if (!key || answer.citations.length === 0) return;
    const reports = citedReports(answer);
    // A same-meeting follow-up keeps the meeting's question: "and in 2018?" after "who chaired it?" changes the meeting's year.
    const prev = this.turns.get(key);
    const question = req.doc && prev ? prev.question : req.question;
    this.turns.delete(key);
    this.turns.set(key, { question, lang: answer.lang, reports, title: answer.citations[0].title, at: now });
    if (this.turns.size > MAX_CONVERSATIONS) this.turns.delete(this.turns.keys().next().value as string);
  }
}
