/**
 * One answerer per intent. Every factual line carries [n] markers pointing at
 * citations whose snippets contain the cited span; where nothing grounds an
 * answer, the reply says so and lists the closest passages.
 */
import type { Intent } from '../model/answer.ts';
import type { Corpus } from '../store/load.ts';
import { understand, understandStated } from '../understand/understand.ts';
import { correctSpelling } from '../understand/spelling.ts';
import type { StatedQuestion, Understanding } from '../model/question.ts';
import { CitationList } from './citations.ts';
import { parseQuery } from '../search/query.ts';
import { KIND_NAME, T } from './messages.ts';
import { findNames } from '../facts/people.ts';
import { titlesInQuestion } from '../lexicon/glossary.ts';
import { answerByEvidence, answersByEvidence } from './respond.ts';
import type { AnswerLine, AnswerResult, AskOptions } from '../model/answer.ts';
import { note } from './lines.ts';
import { lookups } from '../store/lookups.ts';
import { peopleWithTitles, peopleInQuestion } from './people.ts';
import { type Ctx, notFound, say } from './facts/context.ts';
import { answerAttendees } from './facts/attendees.ts';
import { answerChair, answerDate, answerByline, answerPerson } from './facts/meeting-facts.ts';
import { answerFigure } from './facts/figures.ts';
import { answerCount, answerList, answerSearch } from './facts/corpus.ts';
import { asksTrend } from '../understand/asks-trend.ts';
import { answerTrend } from './trend.ts';

/** Answer a question over a loaded corpus. Never throws on user text. */
export function answerQuestion(corpus: Corpus, asked: string, opts: AskOptions = {}): AnswerResult {
  // A word no report and no data file knows is read as the nearest known one.
  const spelled = correctSpelling(corpus, typeof asked === 'string' ? asked : '');
  const a = answerSpelled(corpus, spelled.text, opts);
  // Said first, in this order: what a follow-up assumed, then what was read differently.
  const notes = [opts.assumed, spelled.corrections.length ? T[a.lang].readingAs(spelled.corrections.map((c) => [c.from, c.to])) : undefined];
  const said = notes.filter((n): n is string => Boolean(n)).map((n) => note(n));
  return said.length ? { ...a, lines: [...said, ...a.lines] } : a;
}

function answerSpelled(corpus: Corpus, question: string, opts: AskOptions): AnswerResult {
  // "… qua các năm", "the trend of …": every report's figure, quoted, and a chart of them.
  if (!opts.doc && !opts.search && !opts.structured && !opts.allFigures && asksTrend(question))
    return answerTrend(corpus, { what: question, title: question, lang: opts.lang });
  const u0 = understand(question);
  // One report's facts asked by a command (structured) and searches stay structured; a follow-up's "who chaired it?" (doc) is read by evidence in that report.
  if (!opts.search && !opts.allFigures && !opts.structured && answersByEvidence(u0.intent))
    return answerByEvidence(corpus, question, { lang: opts.lang, doc: opts.doc });
  return answerUnderstood(corpus, { ...u0, lang: opts.lang ?? u0.lang, intent: opts.search && u0.intent !== 'invalid' ? 'search' : u0.intent }, opts);
}

/** Answer a question a command states in fields, from the structured facts. */
export function answerStated(corpus: Corpus, stated: StatedQuestion): AnswerResult {
  return answerUnderstood(corpus, understandStated(stated), { doc: stated.doc, structured: true, lang: stated.lang });
}

function answerUnderstood(corpus: Corpus, u: Understanding, opts: AskOptions): AnswerResult {
  const q = parseQuery(u.text);
  const { reportsById } = lookups(corpus);
  let people = opts.doc ? [] : peopleInQuestion(corpus, u.folded);
  if (people.length === 0 && u.intent === 'search' && !opts.search) {
    // "Who is the Chairman of the Provincial People's Committee?": the people the reports give that title.
    const titles = titlesInQuestion(u.folded);
    if (titles.length) people = peopleWithTitles(corpus, titles);
  }
  if (people.length && u.intent === 'search' && !opts.search) u.intent = 'person';
  // A question that names someone the reports never mention must not get everyone's meetings instead.
  const unknownPerson =
    !opts.doc && people.length === 0 && (u.chairedBy || (findNames(u.text).length > 0 && ['attendees', 'chair', 'date', 'byline'].includes(u.intent)));
  const ctx: Ctx = { people, opts, corpus, u, q, cites: new CitationList(reportsById, corpus.passages, q.terms), lines: [], reportsById };
  const found = unknownPerson ? notFound(ctx) : ANSWERERS[u.intent](ctx);
  if (ctx.more) ctx.lines.push(note(T[u.lang].more()));
  return finish(ctx, u.text, found);
}

/** One answerer per intent. */
const ANSWERERS: Record<Intent, (ctx: Ctx) => boolean> = {
  invalid: (ctx) => say(ctx, T[ctx.u.lang].invalid, false),
  help: (ctx) => say(ctx, T[ctx.u.lang].help, true),
  attendees: answerAttendees,
  chair: answerChair,
  date: answerDate,
  byline: answerByline,
  person: answerPerson,
  figure: answerFigure,
  'count-reports': answerCount,
  'list-reports': answerList,
  search: answerSearch,
};

function finish(ctx: Ctx, question: string, found: boolean, lines: AnswerLine[] = ctx.lines): AnswerResult {
  return {
    question,
    intent: ctx.u.intent,
    lang: ctx.u.lang,
    found,
    citations: ctx.cites.finish(),
    lines,
  };
}

/** One report at a glance: date, attendees, figures and byline, each cited. */
export function summarizeReport(corpus: Corpus, doc: string, lang: 'en' | 'vi'): AnswerResult | null {
  const { reportsById } = lookups(corpus);
  const report = reportsById.get(doc);
  if (!report) return null;
  const u: Understanding = { ...understand('report'), lang };
  const q = parseQuery('');
  const ctx: Ctx = {
    people: [],
    opts: { doc, allFigures: true },
    corpus,
    u,
    q,
    cites: new CitationList(reportsById, corpus.passages, q.terms),
    lines: [],
    reportsById,
  };
  answerDate(ctx);
  answerAttendees(ctx);
  answerFigure(ctx);
  answerByline(ctx);
  // Each answerer opens with the report's heading: one is enough, and the title says it.
  const meta = [KIND_NAME[lang][report.kind], report.office, report.province, report.term].filter(Boolean).join(' · ');
  const lines: AnswerLine[] = [note(meta), ...ctx.lines.filter((l) => !(l.kind === 'heading' && l.text === report.title))];
  return finish(ctx, report.title, true, lines);
}
