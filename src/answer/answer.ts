/**
 * One answerer per intent. Every factual line carries [n] markers pointing at
 * citations whose snippets contain the cited span; where nothing grounds an
 * answer, the reply says so and lists the closest passages.
 */
import type { Intent } from '../model/answer.ts';
import type { FigureFact, PersonFact } from '../model/facts.ts';
import type { Lang, Report } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import { understand } from '../understand/understand.ts';
import type { Understanding } from '../model/question.ts';
import { CitationList } from './citations.ts';
import { parseQuery, searchIndex } from '../search/query.ts';
import type { ParsedQuery } from '../model/query.ts';
import { CATEGORY_NAME, KIND_NAME, T } from './messages.ts';
import { foldKey } from '../text/normalize.ts';
import { findNames } from '../facts/people.ts';
import { englishTitle, titlesInQuestion } from '../lexicon/glossary.ts';
import { LIMITS } from '../limits.ts';
import { answerByEvidence, answersByEvidence } from './respond.ts';
import { byDate } from './report-text.ts';
import type { AnswerLine, AnswerResult, AskOptions } from '../model/answer.ts';
import { heading as headingLine, item, note } from './lines.ts';

interface Ctx {
  /** meetings left out of a long answer */
  more?: number;

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

function dateLabel(r: Report): string {
  return r.date.iso ?? r.headerDate ?? '?';
}

/**
 * How an answer names a meeting in its own text: the headline when it holds
 * no digits, else the kind and office. Dates, years and paragraph numbers are
 * left to the citations (title, date, paragraph), so that every number in an
 * answer's text is one a cited snippet quotes.
 */
function meetingLabel(lang: Lang, r: Report): string {
  if (!/\d/.test(r.title) && !r.titleFromText) return r.title;
  const kind = KIND_NAME[lang][r.kind];
  const where = r.office ?? r.province;
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${where ? ` — ${where.replace(/\d+/g, '').trim()}` : ''}`;
}

function heading(ctx: Ctx, r: Report): void {
  ctx.lines.push(headingLine(meetingLabel(ctx.u.lang, r)));
}

/** Reports the question's selectors point at (all reports when it names none). */
export function selectReports(corpus: Corpus, u: Understanding, doc?: string, people: string[] = []): Report[] {
  let list = corpus.reports;
  if (doc) return list.filter((r) => r.id === doc);
  if (people.length) {
    // "the meeting chaired by X", "when did X attend": meetings where the person appears (as chair when asked so).
    list = list.filter((r) => corpus.facts.get(r.id)?.people.some((p) => people.includes(p.name) && (!u.chairedBy || p.role === 'chair')));
  }
  if (u.kind) list = list.filter((r) => r.kind === u.kind);
  if (u.office) {
    const re = u.office === 'ubnd' ? /UBND|Ủy ban/u : u.office === 'hdnd' ? /HĐND|Hội đồng/u : /Tỉnh ủy/u;
    list = list.filter((r) => r.office !== null && re.test(r.office));
  }
  if (u.province) list = list.filter((r) => r.province === u.province);
  if (u.term) list = list.filter((r) => r.term === u.term || r.passages.some((p) => p.text.includes(u.term as string)));
  if (u.year !== null) {
    const y = u.year;
    list = list.filter((r) => r.date.year === y || r.coveredYear === y || r.term?.startsWith(String(y)));
  }
  const sorted = [...list].sort(byDate);
  if (u.relative === 'latest') return sorted.slice(-1);
  if (u.relative === 'earliest') return sorted.slice(0, 1);
  return sorted;
}

interface CorpusLookups {
  reportsById: Map<string, Report>;
  figuresByCategory: Map<string, FigureFact[]>;
  figuresByUnitWord: Map<string, FigureFact[]>;
  /** every person named in the reports: name, folded full name, folded last two syllables */
  people: { name: string; full: string; tail: string | null }[];
}
const LOOKUPS = new WeakMap<Corpus, CorpusLookups>();

/** The folded words of a figure's unit ("văn bản đến" → van, ban, den). */
function unitWords(f: FigureFact): string[] {
  return foldKey(f.unit)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Built once per corpus, not per question: at 10,000 reports these loops cost more than the search. */
function lookups(corpus: Corpus): CorpusLookups {
  let l = LOOKUPS.get(corpus);
  if (!l) {
    const names = new Set<string>();
    for (const f of corpus.facts.values()) for (const p of f.people) names.add(p.name);
    const figuresByCategory = new Map<string, FigureFact[]>();
    const figuresByUnitWord = new Map<string, FigureFact[]>();
    for (const r of corpus.reports) {
      for (const f of corpus.facts.get(r.id)?.figures ?? []) {
        const byCat = figuresByCategory.get(f.category) ?? [];
        byCat.push(f);
        figuresByCategory.set(f.category, byCat);
        for (const w of new Set(unitWords(f))) {
          const list = figuresByUnitWord.get(w) ?? [];
          list.push(f);
          figuresByUnitWord.set(w, list);
        }
      }
    }
    l = {
      figuresByCategory,
      figuresByUnitWord,
      reportsById: new Map(corpus.reports.map((r) => [r.id, r])),
      people: [...names].map((name) => {
        const parts = foldKey(name).split(' ');
        return { name, full: parts.join(' '), tail: parts.length >= 3 ? parts.slice(-2).join(' ') : null };
      }),
    };
    LOOKUPS.set(corpus, l);
  }
  return l;
}

/** People whose title (as the reports give it) holds one of these folded titles. */
function peopleWithTitles(corpus: Corpus, titles: string[]): string[] {
  const out = new Set<string>();
  for (const f of corpus.facts.values()) {
    for (const p of f.people) {
      if (!p.title) continue;
      const parts = foldKey(p.title).split(/\s*,\s*/);
      if (titles.some((t) => parts.includes(t))) out.add(p.name);
    }
  }
  return [...out];
}

/** People the question names: full names or their last two syllables, with or without accents. */
export function peopleInQuestion(corpus: Corpus, folded: string): string[] {
  const q = ` ${folded.replace(/[^a-z0-9]+/g, ' ')} `;
  const { people } = lookups(corpus);
  const full = people.filter((p) => q.includes(` ${p.full} `)).map((p) => p.name);
  if (full.length) return full;
  return people.filter((p) => p.tail !== null && q.includes(` ${p.tail} `)).map((p) => p.name);
}

/** At most LIMITS.maxReportsPerAnswer meetings (the latest); says how many more match. */
function capped(ctx: Ctx, reports: Report[]): Report[] {
  if (reports.length <= LIMITS.maxReportsPerAnswer) return reports;
  ctx.more = reports.length - LIMITS.maxReportsPerAnswer;
  return reports.slice(-LIMITS.maxReportsPerAnswer);
}

interface Fact {
  text: string;
  cites: number[];
}

function personLine(ctx: Ctx, p: PersonFact, label: string | null): Fact {
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
function listPassages(ctx: Ctx, header: string, limit: number): boolean {
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

function closest(ctx: Ctx, header: string): void {
  listPassages(ctx, header, LIMITS.closestMatches);
}

function notFound(ctx: Ctx, what?: string): boolean {
  const t = T[ctx.u.lang];
  ctx.lines.push(note(what ? `${t.notSay} (${what})` : t.notSay));
  closest(ctx, t.closest);
  return false;
}

function answerAttendees(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const all = selectReports(ctx.corpus, ctx.u, ctx.opts.doc, ctx.people);
  if (all.length === 0) return notFound(ctx);
  if (all.length > 1 && (ctx.u.year || ctx.u.kind || ctx.u.province || ctx.u.office)) ctx.lines.push(note(t.matching));
  const reports = capped(ctx, all);
  let any = false;
  for (const r of reports) {
    const f = ctx.corpus.facts.get(r.id);
    if (!f) continue;
    heading(ctx, r);
    const focus = ctx.u.roleFocus;
    const people = f.people.filter((p) => (focus === 'all' ? p.role === 'attendee' || p.role === 'chair' || p.role === 'speaker' : p.role === focus));
    const shown = new Set<string>();
    for (const p of people) {
      if (focus === 'all' && shown.has(p.name)) continue;
      shown.add(p.name);
      const label = p.role === 'chair' ? t.chaired : p.role === 'speaker' ? t.spoke : p.role === 'presenter' ? t.presented : null;
      const line = personLine(ctx, p, focus === 'all' && p.role !== 'attendee' ? label : null);
      ctx.lines.push(item(line.text, line.cites));
      any = true;
    }
    if (focus === 'all') {
      for (const g of f.groups.filter((g) => g.role === 'attendee')) {
        const n = ctx.cites.cite(g.span, [{ start: g.span.start, end: g.span.end }]);
        ctx.lines.push(item(`${t.groups}: ${g.name}`, [n]));
        any = true;
      }
    }
    if (people.length === 0 && (focus !== 'all' || f.groups.every((g) => g.role !== 'attendee'))) {
      ctx.lines.push(item(t.noAttendees, [], 'meta'));
    }
  }
  if (!any) {
    ctx.lines.length = 0;
    return notFound(ctx);
  }
  return true;
}

/** One group of fact lines per selected meeting that has the fact; "the reports do not say" when none has. */
function perMeeting(ctx: Ctx, notSaid: string | undefined, linesFor: (r: Report) => Fact[]): boolean {
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

function answerChair(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  return perMeeting(ctx, t.noChair, (r) =>
    (ctx.corpus.facts.get(r.id)?.people ?? []).filter((p) => p.role === 'chair').map((p) => personLine(ctx, p, t.chaired)),
  );
}

function answerDate(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  return perMeeting(ctx, t.noDate, (r) => {
    const p = r.date.raw && r.date.paragraph !== null ? r.passages.find((x) => x.paragraph === r.date.paragraph) : undefined;
    if (!p || !r.date.raw) return [];
    const at = Math.max(0, p.text.indexOf(r.date.raw));
    const span = { doc: r.id, paragraph: p.paragraph, start: at, end: at + r.date.raw.length };
    const ns = [ctx.cites.cite(span, [{ start: span.start, end: span.end }])];
    let full = '';
    if (r.date.certainty !== 'stated' && r.date.year !== null && r.date.day !== null && r.date.month !== null) {
      // Give the inferred year in the text only where the passage itself names that year ("nhiệm vụ năm 2019").
      const y = String(r.date.year);
      const yAt = p.text.indexOf(y);
      if (yAt >= 0 && Math.abs(yAt - at) < LIMITS.snippetChars) {
        ns.push(ctx.cites.cite({ ...span, start: yAt, end: yAt + y.length }));
        full = ` → ${r.date.day}/${r.date.month}/${y}`;
      }
    }
    return [{ text: `${t.heldOn(r.date.raw)}${full}${t.yearNote[full ? r.date.certainty : `${r.date.certainty}-unsaid`] ?? ''}`, cites: ns }];
  });
}

function answerByline(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  return perMeeting(ctx, t.noByline, (r) => {
    if (!r.byline) return [];
    // The byline stands after the body: cite it as the line after the last paragraph.
    const last = r.passages[r.passages.length - 1]?.paragraph ?? 0;
    return [{ text: t.writtenBy(r.byline), cites: [ctx.cites.citeText(r.id, last + 1, r.byline)] }];
  });
}

/** A figure in words around the numbers exactly as the report writes them ("trên 30.900", "3,5%", "140/145"). */
function figureText(lang: Lang, f: FigureFact): string {
  const t = T[lang];
  const qual = f.qualifier ? `${t.approx[f.qualifier] ?? f.qualifier} ` : '';
  const written = /\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?(?:\s*%|\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?/u.exec(f.raw)?.[0] ?? f.raw;
  let s = `${qual}${written} ${f.unit}`.replace(/\s+/g, ' ');
  if (f.change) s += `, ${t.change[f.change.direction]} ${f.change.raw.replace(/^(tăng|giảm|vượt)\s+/iu, '')}`;
  return s;
}

function answerFigure(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const lang = ctx.u.lang;
  if (ctx.u.alsoCountReports) ctx.lines.push(note(t.corpusHolds(ctx.corpus.reports.length), 'corpus'));
  const yearOnly = ctx.u.year;
  // Year selects the figure's own year; the other selectors pick reports.
  const reports = selectReports(ctx.corpus, { ...ctx.u, year: null, term: null }, ctx.opts.doc, ctx.people);
  // Candidates come from per-corpus tables (by category, by unit word), not from every report's figures.
  const { figuresByCategory, figuresByUnitWord } = lookups(ctx.corpus);
  let figures: FigureFact[];
  if (ctx.opts.allFigures || ctx.opts.doc) {
    figures = reports.flatMap((r) => ctx.corpus.facts.get(r.id)?.figures ?? []);
    if (ctx.opts.allFigures) figures = figures.filter((f) => f.category !== 'percent' && f.category !== 'other');
    else if (ctx.u.categories.length) figures = figures.filter((f) => ctx.u.categories.includes(f.category));
    else figures = figures.filter((f) => f.category !== 'percent' && unitWords(f).some((w) => ctx.q.terms.some((x) => x.folded === w)));
  } else {
    const chosen = new Set(reports.map((r) => r.id));
    const pool = ctx.u.categories.length
      ? ctx.u.categories.flatMap((c) => figuresByCategory.get(c) ?? [])
      : [...new Set(ctx.q.terms.flatMap((x) => figuresByUnitWord.get(x.folded) ?? []))].filter((f) => f.category !== 'percent');
    const order = new Map(reports.map((r, i) => [r.id, i]));
    figures = pool
      .filter((f) => chosen.has(f.span.doc) && (yearOnly === null || f.year === yearOnly) && (!ctx.u.term || f.term === ctx.u.term))
      .sort((a, b) => (order.get(a.span.doc) ?? 0) - (order.get(b.span.doc) ?? 0) || a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);
  }
  if (ctx.u.term) figures = figures.filter((f) => f.term === ctx.u.term);
  if (yearOnly !== null) {
    // Only figures stated for that very year: a term's total is not a year's figure.
    figures = figures.filter((f) => f.year === yearOnly);
  }
  if (figures.length === 0) {
    if (ctx.u.alsoCountReports) return true;
    return notFound(ctx, t.noFigures);
  }
  if (lang === 'en') ctx.lines.push(note(t.numbersNote));
  let lastDoc = '';
  if (figures.length > LIMITS.maxFigureLines) {
    // Whole reports, the latest first, while they fit: a report's figures are never split.
    const byDoc = new Map<string, FigureFact[]>();
    for (const f of figures) byDoc.set(f.span.doc, [...(byDoc.get(f.span.doc) ?? []), f]);
    const docs = [...byDoc.keys()];
    const kept: string[] = [];
    let lines = 0;
    for (let i = docs.length - 1; i >= 0; i--) {
      const n = byDoc.get(docs[i])!.length;
      if (kept.length > 0 && lines + n > LIMITS.maxFigureLines) break;
      kept.unshift(docs[i]);
      lines += n;
    }
    ctx.more = docs.length - kept.length;
    figures = kept.flatMap((d) => byDoc.get(d)!);
  }
  for (const f of figures) {
    const r = ctx.reportsById.get(f.span.doc);
    if (r && r.id !== lastDoc) {
      heading(ctx, r);
      lastDoc = r.id;
    }
    const ns = [ctx.cites.cite(f.span, [{ start: f.span.start, end: f.span.end }])];
    if (f.yearSpan) ns.push(ctx.cites.cite(f.yearSpan, [{ start: f.yearSpan.start, end: f.yearSpan.end }]));
    const r0 = ctx.reportsById.get(f.span.doc);
    const period =
      f.year !== null
        ? t.figureIn(String(f.year))
        : f.previousTerm && r0?.term
          ? ` (${t.previousTerm(r0.term)})`
          : f.term
            ? ` (${lang === 'en' ? 'term' : 'nhiệm kỳ'} ${f.term})`
            : '';
    const cat = CATEGORY_NAME[lang][f.category];
    ctx.lines.push(item(`${cat}${f.yearSpan ? period : ''}: ${figureText(lang, f)}`, ns));
  }
  return true;
}

function answerPerson(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const role: Record<string, string> = {
    attendee: t.attended,
    chair: t.chaired,
    speaker: t.spoke,
    presenter: t.presented,
    recipient: t.received,
  };
  return perMeeting(ctx, undefined, (r) => {
    const seen = new Set<string>();
    return (ctx.corpus.facts.get(r.id)?.people ?? [])
      .filter((p) => ctx.people.includes(p.name) && !seen.has(`${p.role}:${p.name}`) && seen.add(`${p.role}:${p.name}`))
      .map((p) => personLine(ctx, p, role[p.role] ?? null));
  });
}

function answerCount(ctx: Ctx): boolean {
  ctx.lines.push(note(T[ctx.u.lang].corpusHolds(ctx.corpus.reports.length), 'corpus'));
  return true;
}

function answerList(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const reports = [...ctx.corpus.reports].sort(byDate);
  ctx.lines.push(note(t.reportsHead(reports.length), 'corpus'));
  for (const r of reports) {
    const bits = [dateLabel(r), KIND_NAME[ctx.u.lang][r.kind], r.office, r.byline].filter(Boolean).join(' · ');
    ctx.lines.push(item(`${bits} (${r.id})`, [], 'corpus', r.title));
  }
  return reports.length > 0;
}

function answerSearch(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const limit = Math.max(1, Math.min(ctx.opts.limit ?? LIMITS.searchResults, LIMITS.maxSearchResults));
  return listPassages(ctx, t.searchHead, limit) || say(ctx, t.noMatch, false);
}

/** Answer a question over a loaded corpus. Never throws on user text. */
export function answerQuestion(corpus: Corpus, question: string, opts: AskOptions = {}): AnswerResult {
  const u0 = understand(typeof question === 'string' ? question : '');
  // Questions in words go evidence first; one report's facts (doc), searches and corpus questions stay structured.
  if (!opts.doc && !opts.search && !opts.allFigures && !opts.structured && answersByEvidence(u0.intent))
    return answerByEvidence(corpus, question, { lang: opts.lang });
  const u: Understanding = { ...u0, lang: opts.lang ?? u0.lang, intent: opts.search && u0.intent !== 'invalid' ? 'search' : u0.intent };
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

function say(ctx: Ctx, text: string, found: boolean): boolean {
  ctx.lines.push(note(text));
  return found;
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
