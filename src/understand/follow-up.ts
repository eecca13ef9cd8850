/**
 * A question that leans on the one before it. Two kinds, both read from the
 * words (followups.json), never guessed from the topic:
 *
 * - a change: "and in 2018?", "còn năm 2018 thì sao?", "what about Tiền
 *   Giang?", "còn Văn phòng HĐND tỉnh thì sao?", "and Trần Văn Phong?" — no
 *   intent of its own, a year, a province, an office or a person: the
 *   previous question is asked again with that changed;
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
import { findNames } from '../facts/people.ts';

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

/** Where the first of these folded phrases stands in the text (longest first). */
function phraseIn(tokens: Token[], phrases: string[][]): { start: number; end: number } | null {
  const folded = tokens.map((t) => t.folded);
  for (let i = 0; i < folded.length; i++) {
    const p = phrases.find((ph) => seqAt(folded, ph, i));
    if (p) return { start: tokens[i].start, end: tokens[i + p.length - 1].start + tokens[i + p.length - 1].length };
  }
  return null;
}

/** Swap the span the previous question has for what the follow-up says, or add it before the question's end ("… ở Tiền Giang?"). */
function swapOrAdd(q: string, said: string, before: { start: number; end: number } | null, joiner: string): string {
  return before ? `${q.slice(0, before.start)}${said}${q.slice(before.end)}` : insertBeforeEnd(q, `${joiner} ${said}`);
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

  // An office or a person is changed only when the fragment says it is a follow-up ("còn …", "what about …").
  const office = marked ? phraseIn(tokens, FOLLOW_UPS.offices) : null;
  const person = marked && !office ? findNames(question).find((n) => n.name.split(/\s+/).length >= 2) : undefined;
  const previousPerson = person ? findNames(prev.question)[0] : undefined;
  if (!asksSomething && (marked || fragment) && (years.length || province || office || (person && previousPerson))) {
    let q = prev.question;
    if (years.length) {
      q = YEAR_IN_TEXT.test(q) ? q.replace(YEAR_IN_TEXT, String(years[0])) : insertBeforeEnd(q, `${prev.lang === 'vi' ? 'năm' : 'in'} ${years[0]}`);
    }
    if (province) q = swapOrAdd(q, question.slice(province.start, province.end), provinceIn(tokenize(q)), prev.lang === 'vi' ? 'ở' : 'in');
    if (office) q = swapOrAdd(q, question.slice(office.start, office.end), phraseIn(tokenize(q), FOLLOW_UPS.offices), prev.lang === 'vi' ? 'của' : 'of');
    if (person && previousPerson) {
      const before = findNames(q)[0] ?? previousPerson;
      q = `${q.slice(0, before.start)}${person.name}${q.slice(before.end)}`;
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
