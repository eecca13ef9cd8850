/**
 * A figure across years and offices (/trend, "… qua các năm"): in every
 * report of the range, the clause that counts what was asked, quoted, and its
 * number plotted at the period the report is about. A report that states no
 * such figure adds no point; nothing is computed or filled in, so every point
 * on the chart is a quoted figure.
 */
import type { AnswerResult, ChartPoint } from '../model/answer.ts';
import type { Lang, Report } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { Question } from '../model/question.ts';
import { readQuestion } from '../understand/read-question.ts';
import { detectLang } from '../understand/understand.ts';
import { foldKey, tokenize } from '../text/normalize.ts';
import { placeContradiction, rankReports, type RankedReport } from './rank-reports.ts';
import { countEvidence, isPlanned } from './evidence/counts.ts';
import { byDate } from './report-text.ts';
import { reportsById } from '../store/lookups.ts';
import { reportsHolding } from './reports-holding.ts';
import { newCtx, weightsFor, say } from './by-evidence/context.ts';
import { heading, quoteLine } from './by-evidence/quote.ts';
import { notFound } from './by-evidence/not-found.ts';
import { TREND } from './trend-messages.ts';
import type { Evidence } from './evidence/weights.ts';
import { LIMITS } from '../limits.ts';

export interface TrendAsk {
  what: string;
  office?: string;
  from?: number;
  to?: number;
  lang?: Lang;
  /** the chart's title, when the question itself says it ("số văn bản đến qua các năm") */
  title?: string;
}

/** The period a report's figures are about: the year it reviews, else its own; a congress, its term. */
function periodOf(r: Report): { x: string; order: number; term: boolean } | null {
  if (r.kind === 'congress' && r.term) {
    const [a, b] = r.term.split('-').map(Number);
    return { x: `${a}–${b}`, order: a, term: true };
  }
  const y = r.coveredYear ?? r.date.year ?? (r.headerDate ? Number(r.headerDate.slice(0, 4)) : null);
  return y ? { x: String(y), order: y, term: false } : null;
}

/** Whose figure it is: the office with its province ("Văn phòng UBND tỉnh" is every province's), else the province, else the title. */
function seriesOf(r: Report): string {
  if (!r.office) return r.province ?? r.title;
  if (!r.province || foldKey(r.office).includes(foldKey(r.province))) return r.office;
  return `${r.office} ${r.province}`;
}

/** The reports a trend reads: in the years asked, naming the office asked, holding the noun; best-ranked first, at most LIMITS.trendReports. Cheap tests first: the evidence is read only in these. */
function reportsToRead(corpus: Corpus, q: Question, ask: TrendAsk): { open: number; read: Report[]; ranked: RankedReport[] } {
  const inRange = (p: { order: number }) => (ask.from === undefined || p.order >= ask.from) && (ask.to === undefined || p.order <= ask.to);
  const unit = q.units[0]!;
  // From the index's postings: which reports hold the noun (or its parent) and the office's words; no walk over every report.
  const holding = new Set<string>();
  for (const p of [...unit.vi, ...(unit.parent ? [unit.parent] : [])]) for (const d of reportsHolding(corpus, p.folded)) holding.add(d);
  const office = ask.office
    ? reportsHolding(
        corpus,
        tokenize(ask.office).map((x) => x.folded),
      )
    : null;
  const byId = reportsById(corpus);
  const isOpen = (r: Report | undefined): r is Report => {
    const period = r && holding.has(r.id) && (!office || office.has(r.id)) ? periodOf(r) : null;
    return Boolean(period && inRange(period));
  };
  // A place named in the question is a filter here: another province's figure is not a point of this one's trend.
  // Counted by the reports' own province (cheap, for "N more"); a report of unknown place is read only if it names it.
  const otherPlace = (r: Report) => q.provinces.length > 0 && r.province !== null && !q.provinces.includes(r.province);
  let open = 0;
  for (const d of holding) {
    const r = byId.get(d);
    if (isOpen(r) && !otherPlace(r)) open++;
  }
  // The ranked ones first, in rank order; then the newest of the rest. No sort of thousands of reports per question.
  const ranked = rankReports(corpus, q);
  const read: Report[] = [];
  const taken = new Set<Report>();
  for (const x of ranked) {
    if (read.length >= LIMITS.trendReports) break;
    if (isOpen(x.report) && !x.contradiction && !taken.has(x.report)) {
      read.push(x.report);
      taken.add(x.report);
    }
  }
  if (read.length < LIMITS.trendReports) {
    for (const r of newestFirst(corpus)) {
      if (read.length >= LIMITS.trendReports) break;
      if (!taken.has(r) && isOpen(r) && !otherPlace(r) && !placeContradiction(r, q)) read.push(r);
    }
  }
  return { open, read, ranked };
}

/** The corpus's reports, newest first (undated ones as the newest, as byDate orders them), sorted once per corpus. */
const NEWEST_FIRST = new WeakMap<Corpus, Report[]>();
function newestFirst(corpus: Corpus): Report[] {
  let list = NEWEST_FIRST.get(corpus);
  if (!list) NEWEST_FIRST.set(corpus, (list = [...corpus.reports].sort((a, b) => byDate(b, a))));
  return list;
}

export function answerTrend(corpus: Corpus, ask: TrendAsk): AnswerResult {
  const lang: Lang = ask.lang ?? detectLang(ask.what);
  const what = ask.what.replace(/\s+/g, ' ').trim();
  // The office words rank the reports that name it first.
  const asked = `${detectLang(what) === 'en' ? 'how many' : 'bao nhiêu'} ${what}${ask.office ? ` ${ask.office}` : ''}`;
  const q = readQuestion(corpus, asked, { lang });
  q.intent = 'count';
  const ctx = newCtx(corpus, q, lang);
  const t = TREND[lang];
  const result = (found: boolean, points: ChartPoint[] = []): AnswerResult => ({
    question: `${what}${ask.office ? ` — ${ask.office}` : ''}`,
    intent: 'figure',
    lang,
    found,
    lines: ctx.lines,
    citations: ctx.cites.finish(),
    ...(points.length ? { chart: { title: ask.title ?? t.trendTitle(what, ask.office), what, points } } : {}),
  });
  if (!q.units.length) {
    say(ctx, t.trendUnknown(what));
    return result(false);
  }
  const { open, read, ranked } = reportsToRead(corpus, q, ask);
  // One figure per period and office: the clause that counts the noun asked most plainly.
  const best = new Map<string, { r: Report; e: Evidence; x: string; order: number; series: string }>();
  for (const r of read) {
    const period = periodOf(r)!;
    const e = countEvidence(q, r, weightsFor(ctx, r), true).find((x) => (x.unitScore ?? 0) >= 1 && x.number && !x.number.percent && !isPlanned(x));
    if (!e) continue;
    // A term's total is not a year's figure: it stands in a series of its own, so no line joins it to the years.
    const series = period.term ? `${seriesOf(r)} ${t.wholeTerm}` : seriesOf(r);
    const key = `${period.x}|${foldKey(series)}`;
    const had = best.get(key);
    if (!had || e.score > had.e.score) best.set(key, { r, e, ...period, series });
  }
  const picked = [...best.values()].sort((a, b) => a.order - b.order || a.series.localeCompare(b.series));
  if (!picked.length) return result(notFound(ctx, ranked));
  // Offices, not series: a term's series is the same office's.
  say(ctx, t.trendIntro(picked.length, new Set(picked.map((p) => seriesOf(p.r))).size));
  if (open > read.length) say(ctx, t.trendMore(open - read.length));
  const points: ChartPoint[] = [];
  for (const p of picked) {
    heading(ctx, p.r);
    const n = quoteLine(ctx, p.e, p.x);
    const num = p.e.number!;
    points.push({ x: p.x, order: p.order, series: p.series, value: num.value, raw: num.raw, cite: n });
  }
  return result(true, points);
}
