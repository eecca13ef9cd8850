/**
 * Evidence-first answering: rank the reports, read the evidence the intent
 * needs inside the best of them, and answer by quoting the evidence clause
 * verbatim with its [n], adding the structured reading (names with titles, a
 * date with how its year was known) where the facts give one. "Not found" is
 * said only when no sentence of the chosen reports carries the evidence, and
 * it quotes the closest sentence.
 */
import type { Lang } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { AnswerResult } from '../model/answer.ts';
import { readQuestion } from '../understand/read-question.ts';
import type { Question } from '../model/question.ts';
import { rankReports, type RankedReport } from './rank-reports.ts';
import type { Evidence } from './evidence/weights.ts';
import { directionEvidence, listContinuation } from './evidence/cues.ts';
import { textEvidence } from './evidence/people-and-words.ts';
import { E, T } from './messages.ts';
import { findNames } from '../facts/people.ts';
import { foldKey } from '../text/normalize.ts';
import { LIMITS } from '../limits.ts';
import { type Ctx, newCtx, say, pool, mentionsAskedYear } from './by-evidence/context.ts';
import { reportsById } from '../store/lookups.ts';
import { heading, quoteLine, peopleReading, dateReading } from './by-evidence/quote.ts';
import { finders, choose } from './by-evidence/choose.ts';
import { notFound } from './by-evidence/not-found.ts';
import { answerCompare } from './by-evidence/compare.ts';
import { answerByline, answerPerson } from './by-evidence/person.ts';
import { didYouMean, unknownCounted, unknownNames } from './by-evidence/unknown-words.ts';

/** Intents this module answers; the rest (counting or listing reports, help) stay with the corpus answerers. */
export function answersByEvidence(intent: string): boolean {
  return !['count-reports', 'list-reports', 'help', 'invalid'].includes(intent);
}

/** `doc`: about that report only (a follow-up's "who chaired it?"): the same evidence, read in that one report. */
export function answerByEvidence(corpus: Corpus, raw: string, opts: { lang?: Lang; doc?: string } = {}): AnswerResult {
  const q = readQuestion(corpus, raw, opts);
  const ctx = newCtx(corpus, q);
  // "How many documents do you have?": the corpus itself answers first.
  if (q.u.alsoCountReports) say(ctx, T[ctx.lang].corpusHolds(corpus.reports.length), 'corpus');
  const all = rankReports(corpus, q);
  const one = opts.doc ? reportsById(corpus).get(opts.doc) : undefined;
  // The report asked about is read whatever its rank (its own words may not be the question's), and no other.
  const ranked: RankedReport[] = one
    ? [{ ...(all.find((x) => x.report === one) ?? { report: one, score: 0, relevance: 0, people: [], metaMatches: 0 }), contradiction: null }]
    : all;
  const unknown = unknownPeople(q);
  if (unknown.length) {
    // A question about someone the reports never name gets no one else's meetings instead.
    say(ctx, E[ctx.lang].unknownPeople(unknown.join(', ')));
    return finishAnswer(ctx, q, false);
  }
  // A name or a counted thing no report holds ("Paris", "bicycles"): said, with what the reports do hold.
  const names = q.intent === 'person' || q.intent === 'holder' ? [] : unknownNames(ctx);
  const counted = unknownCounted(ctx);
  if (names.length || counted)
    return finishAnswer(ctx, q, didYouMean(ctx, ranked, { names, counted: counted ?? undefined, english: counted !== null && !q.units.length }));
  const found =
    q.intent === 'byline'
      ? answerByline(ctx, ranked)
      : q.intent === 'person' || q.intent === 'holder'
        ? answerPerson(ctx, ranked)
        : answerWithEvidence(ctx, ranked);
  return finishAnswer(ctx, q, found);
}

function finishAnswer(ctx: Ctx, q: Question, found: boolean): AnswerResult {
  return {
    question: q.u.text,
    intent: q.u.intent === 'search' && (q.intent === 'person' || q.intent === 'holder') ? 'person' : q.u.intent,
    lang: ctx.lang,
    found,
    citations: ctx.cites.finish(),
    lines: ctx.lines,
  };
}

/** Names the question spells in full that no report mentions ("the meeting chaired by Trần Văn Tú"). */
function unknownPeople(q: Question): string[] {
  const linked = q.people.map((p) => p.key.join(' '));
  return findNames(q.u.text)
    .map((n) => n.name)
    .filter((n) => n.split(/\s+/).length >= 3 && !linked.some((k) => k.includes(foldKey(n))) && !q.provinces.some((p) => foldKey(n).includes(foldKey(p))));
}

function answerWithEvidence(ctx: Ctx, ranked: RankedReport[]): boolean {
  const t = E[ctx.lang];
  const intent = ctx.q.intent;
  // "in 2012" when no report is about 2012 or names it: the reports cannot hold that year's fact.
  if (ctx.q.years.length && intent !== 'free' && intent !== 'which-report' && !pool(ranked).some((r) => mentionsAskedYear(ctx.q, r.report)))
    return notFound(ctx, ranked);
  // "Who spoke?", "who presented the awards?": the sentences where someone spoke, directed or presented.
  const find = intent === 'attendees' && ctx.q.u.roleFocus !== 'all' ? directionEvidence : (finders[intent] ?? textEvidence);
  const chosen = choose(ctx, ranked, find);
  // Free questions and "which report" need the words themselves: a sentence holding a few of them is not an answer.
  const enough = intent === 'free' || intent === 'which-report' ? (chosen[0]?.list[0]?.score ?? 0) >= LIMITS.freeAnswerCoverage : chosen.length > 0;
  if (!enough) return notFound(ctx, ranked);
  if (intent === 'compare') return answerCompare(ctx, ranked, chosen);
  if (chosen.length > 1) say(ctx, t.several);
  let thousands = false;
  for (const c of chosen) {
    heading(ctx, c.r.report);
    const top = c.list[0].score;
    // Attendee lists are often split over several sentences (guests, the province's leaders, "cùng dự…"): more of them are quoted.
    const share = intent === 'attendees' ? LIMITS.listQuoteShare : LIMITS.secondQuoteShare;
    // The headline is already the heading: it is quoted only when it is the evidence itself.
    const quoted = c.list
      .filter((e, i) => i === 0 || (e.score >= share * top && e.unit !== c.list[0].unit && e.unit.role !== 'headline'))
      .slice(0, intent === 'attendees' ? LIMITS.maxQuotesPerReport : 2);
    const units = new Set<Evidence['unit']>();
    if (intent === 'attendees') {
      // An attendee list that goes on in the next sentence is quoted with it.
      for (const e of [...quoted]) {
        const more = listContinuation(c.r.report, e);
        if (more && !quoted.some((x) => x.unit === more.unit)) quoted.splice(quoted.indexOf(e) + 1, 0, more);
      }
    }
    for (const e of quoted) {
      if (units.has(e.unit)) continue;
      units.add(e.unit);
      const n = quoteLine(ctx, e, chosen.length > 1 || quoted.length > 1 ? '' : (t.label[intent] ?? ''));
      // Names with titles as the facts read them (and the titles in English for English questions).
      if (intent === 'chair' || (intent === 'attendees' && ctx.lang === 'en')) peopleReading(ctx, e, n);
      if (intent === 'date') dateReading(ctx, e, c.r.report, n);
      if (/\d\.\d{3}/.test(e.unit.text.slice(e.from, e.to))) thousands = true;
    }
  }
  if (thousands && ctx.lang === 'en' && intent === 'count') say(ctx, t.thousands);
  if (ctx.more) say(ctx, t.more(ctx.more), 'corpus'); // a count of the corpus's meetings, not a fact of one report
  return true;
}
