/**
 * A question that leans on the one before it. Two kinds, both read from the
 * words (followups.json), never guessed from the topic:
 *
 * - a change: "and in 2018?", "còn năm 2018 thì sao?", "what about Tiền
 *   Giang?" — no intent of its own, a year or a province: the previous
 *   question is asked again with that changed;
 * - the same meeting: "who chaired it?", "ai chủ trì đại hội đó?" — an intent,
 *   a pronoun, and no year or place of its own: asked about the report the
 *   previous answer was about.
 *
 * Anything else is a new question, which starts the conversation afresh.
 * What was assumed is returned, so the answer can say it.
 */
import type { Lang } from '../model/report.ts';
import type { Token } from '../model/text.ts';
import { FOLLOW_UPS } from '../lexicon/followups.ts';
import { tokenize } from '../text/normalize.ts';
import { understand } from './understand.ts';
import { provincesIn } from './question-people.ts';
import { yearsAsked } from '../text/dates.ts';

/** What a conversation keeps of its last question. */
export interface PreviousTurn {
  /** the question as it was answered (a follow-up, resolved) */
  question: string;
  lang: Lang;
  /** the reports its answer cited, the first being the one it was about */
  reports: string[];
}

export type FollowUp = { kind: 'new'; question: string } | { kind: 'change'; question: string } | { kind: 'same-meeting'; question: string; doc: string };

const seqAt = (words: string[], seq: string[], at: number) => at >= 0 && at + seq.length <= words.length && seq.every((w, k) => words[at + k] === w);
const containsSeq = (words: string[], seq: string[]) => words.some((_, i) => seqAt(words, seq, i));

const YEAR_IN_TEXT = /(?<![\d\-–])\b(?:19|20)\d\d\b(?![\-–]\s*(?:19|20)?\d)/;

/** Where the first province the text names stands in it. */
function provinceIn(tokens: Token[]): { start: number; end: number } | null {
  const { taken } = provincesIn(tokens.map((t) => t.folded));
  if (!taken.size) return null;
  const idx = [...taken].sort((a, b) => a - b);
  // The first run of taken tokens is the first province.
  let last = idx[0];
  for (const i of idx.slice(1)) {
    if (i !== last + 1) break;
    last = i;
  }
  const a = tokens[idx[0]];
  const b = tokens[last];
  return { start: a.start, end: b.start + b.length };
}

/** Put a phrase before the question's closing punctuation ("… issue?" → "… issue in 2018?"). */
const insertBeforeEnd = (q: string, phrase: string) => q.replace(/\s*([?？.!…]*)\s*$/u, ` ${phrase}$1`);

export function readFollowUp(prev: PreviousTurn | null, text: string): FollowUp {
  const question = text.trim();
  if (!prev) return { kind: 'new', question };
  const tokens = tokenize(question);
  const folded = tokens.map((t) => t.folded);
  const u = understand(question);
  const asksSomething = !['search', 'invalid', 'help'].includes(u.intent);
  const years = yearsAsked(question);
  const province = provinceIn(tokens);
  const marked = FOLLOW_UPS.starters.some((s) => seqAt(folded, s, 0)) || FOLLOW_UPS.enders.some((e) => seqAt(folded, e, folded.length - e.length));
  const fragment = tokens.length <= 4;

  if (!asksSomething && (marked || fragment) && (years.length || province)) {
    let q = prev.question;
    if (years.length) {
      q = YEAR_IN_TEXT.test(q) ? q.replace(YEAR_IN_TEXT, String(years[0])) : insertBeforeEnd(q, `${prev.lang === 'vi' ? 'năm' : 'in'} ${years[0]}`);
    }
    if (province) {
      const said = question.slice(province.start, province.end);
      const before = provinceIn(tokenize(q));
      q = before ? `${q.slice(0, before.start)}${said}${q.slice(before.end)}` : insertBeforeEnd(q, `${prev.lang === 'vi' ? 'ở' : 'in'} ${said}`);
    }
    return { kind: 'change', question: q };
  }

  const pronouns = u.lang === 'vi' ? FOLLOW_UPS.pronouns.vi : FOLLOW_UPS.pronouns.en;
  const written = tokens.map((t) => t.text);
  const hasOwnMeeting = years.length > 0 || province !== null || u.term !== null;
  if (asksSomething && !hasOwnMeeting && prev.reports.length && pronouns.some((p) => containsSeq(written, p)))
    return { kind: 'same-meeting', question, doc: prev.reports[0] };
  return { kind: 'new', question };
}
