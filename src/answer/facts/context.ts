/**
 * What every structured-fact answerer shares: the answer being written, the
 * question's understanding, and the helpers that write a meeting heading, a
 * person line with its citation, and a capped list of reports.
 */
import type { PersonFact } from '../../model/facts.ts';
import type { Lang, Report } from '../../model/report.ts';
import type { Corpus } from '../../store/load.ts';
import type { Understanding } from '../../model/question.ts';
import type { CitationList } from '../citations.ts';
import { searchIndex } from '../../search/query.ts';
import type { ParsedQuery } from '../../model/query.ts';
import { KIND_NAME, T } from '../messages.ts';
import { englishTitle } from '../../lexicon/glossary.ts';
import { LIMITS } from '../../limits.ts';
import type { AnswerLine, AskOptions } from '../../model/answer.ts';
import { heading as headingLine, item, note } from '../lines.ts';
import { selectReports } from '../select-reports.ts';

export interface Ctx {
  /** meetings left out of a long answer */
  more?: number;
  /** lines of one report left out because it has more than an answer holds */
  moreInReport?: number;

  /** people the question names, as the reports spell them */
  people: string[];
  opts: AskOptions;
  corpus: Corpus;
  u: Understanding;
  q: ParsedQuery;
  cites: CitationList;
  lines: AnswerLine[];
  reportsById: Map<string, Report>;
}

export function dateLabel(r: Report): string {
  return r.date.iso ?? r.headerDate ?? '?';
}

/**
 * How an answer names a meeting in its own text: the headline when it holds
 * no digits, else the kind and office. Dates, years and paragraph numbers are
 * left to the citations (title, date, paragraph), so that every number in an
 * answer's text is one a cited snippet quotes.
 */
export function meetingLabel(lang: Lang, r: Report): string {
  if (!/\d/.test(r.title) && !r.titleFromText) return r.title;
  const kind = KIND_NAME[lang][r.kind];
  const where = r.office ?? r.province;
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${where ? ` — ${where.replace(/\d+/g, '').trim()}` : ''}`;
}

export function heading(ctx: Ctx, r: Report): void {
  ctx.lines.push(headingLine(meetingLabel(ctx.u.lang, r)));
}

/** At most LIMITS.maxReportsPerAnswer meetings (the latest); says how many more match. */
export function capped(ctx: Ctx, reports: Report[]): Report[] {
  if (reports.length <= LIMITS.maxReportsPerAnswer) return reports;
  ctx.more = reports.length - LIMITS.maxReportsPerAnswer;
  return reports.slice(-LIMITS.maxReportsPerAnswer);
}

export interface Fact {
  text: string;
  cites: number[];
}

export function personLine(ctx: Ctx, p: PersonFact, label: string | null): Fact {
  const n = ctx.cites.cite(p.span, [{ start: p.span.start, end: p.span.end }]);
  const extra = p.evidence ? ctx.cites.cite(p.evidence) : null;
  let title = p.title ?? '';
  if (title && ctx.u.lang === 'en') {
    const en = englishTitle(title);
    if (en) title = `${title} (${en})`;
  }
  const who = title ? `${p.name}, ${title}` : p.name;
  const detail = p.detail ? ` — ${p.detail}` : '';
  return { text: `${label ? `${label}: ` : ''}${who}${detail}`, cites: extra ? [n, extra] : [n] };
}

/** The best passages for the question, cited, under a header line; false when none match. */
export function listPassages(ctx: Ctx, header: string, limit: number): boolean {
  const hits = searchIndex(ctx.corpus.index, ctx.q, limit, ctx.corpus.passages);
  if (hits.length === 0) return false;
  ctx.lines.push(note(header));
  for (const h of hits) {
    const p = ctx.corpus.passages.get(h.ref);
    if (!p) continue;
    const n = ctx.cites.citePassage(p);
    const r = ctx.reportsById.get(p.doc);
    ctx.lines.push(item(r ? meetingLabel(ctx.u.lang, r) : '', [n], 'meta'));
  }
  return true;
}

export function closest(ctx: Ctx, header: string): void {
  listPassages(ctx, header, LIMITS.closestMatches);
}

export function notFound(ctx: Ctx, what?: string): boolean {
  const t = T[ctx.u.lang];
  ctx.lines.push(note(what ? `${t.notSay} (${what})` : t.notSay));
  closest(ctx, t.closest);
  return false;
}

/** One group of fact lines per selected meeting that has the fact; "the reports do not say" when none has. */
export function perMeeting(ctx: Ctx, notSaid: string | undefined, linesFor: (r: Report) => Fact[]): boolean {
  let any = false;
  for (const r of capped(ctx, selectReports(ctx.corpus, ctx.u, ctx.opts.doc, ctx.people))) {
    const lines = linesFor(r);
    if (lines.length === 0) continue;
    heading(ctx, r);
    for (const l of lines) ctx.lines.push(item(l.text, l.cites));
    any = true;
  }
  return any || notFound(ctx, notSaid);
}

export function say(ctx: Ctx, text: string, found: boolean): boolean {
  ctx.lines.push(note(text));
  return found;
}
