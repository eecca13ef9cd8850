/**
 * Figures from the extracted facts: the counts of the asked category in the
 * selected reports, in words around the numbers exactly as the report writes
 * them, each with its citation.
 */
import type { FigureFact } from '../../model/facts.ts';
import type { Lang } from '../../model/report.ts';
import { CATEGORY_NAME, T } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { item, note } from '../lines.ts';
import { unitWords, lookups } from '../../store/lookups.ts';
import { selectReports } from '../select-reports.ts';
import { type Ctx, heading, notFound } from './context.ts';

/** A figure in words around the numbers exactly as the report writes them ("trên 30.900", "3,5%", "140/145"). */
export function figureText(lang: Lang, f: FigureFact): string {
  const t = T[lang];
  const qual = f.qualifier ? `${t.approx[f.qualifier] ?? f.qualifier} ` : '';
  const written = /\d[\d.,]*(?:\s*\/\s*\d[\d.,]*)?(?:\s*%|\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?/u.exec(f.raw)?.[0] ?? f.raw;
  let s = `${qual}${written} ${f.unit}`.replace(/\s+/g, ' ');
  if (f.change) s += `, ${t.change[f.change.direction]} ${f.change.raw.replace(/^(tăng|giảm|vượt)\s+/iu, '')}`;
  return s;
}

/** The figures the question asks about, from the chosen reports, in report order. */
function candidateFigures(ctx: Ctx): FigureFact[] {
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
  // Only figures stated for that very year: a term's total is not a year's figure.
  if (yearOnly !== null) figures = figures.filter((f) => f.year === yearOnly);
  return figures;
}

/** Whole reports, the latest first, while they fit: a report's figures are never split. */
function fitFigures(ctx: Ctx, figures: FigureFact[]): FigureFact[] {
  if (figures.length <= LIMITS.maxFigureLines) return figures;
  const byDoc = new Map<string, FigureFact[]>();
  for (const f of figures) {
    const list = byDoc.get(f.span.doc);
    if (list) list.push(f);
    else byDoc.set(f.span.doc, [f]);
  }
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
  // One report with more figures than an answer holds is cut too, and says so.
  if (lines > LIMITS.maxFigureLines) {
    ctx.moreInReport = lines - LIMITS.maxFigureLines;
    return byDoc.get(kept[0])!.slice(0, LIMITS.maxFigureLines);
  }
  return kept.flatMap((d) => byDoc.get(d)!);
}

/** "(2018)", "(nhiệm kỳ 2015-2020)": the period a figure is stated for. */
function periodOf(ctx: Ctx, f: FigureFact): string {
  const t = T[ctx.u.lang];
  const term = ctx.reportsById.get(f.span.doc)?.term;
  if (f.year !== null) return t.figureIn(String(f.year));
  if (f.previousTerm && term) return ` (${t.previousTerm(term)})`;
  if (f.term) return ` (${ctx.u.lang === 'en' ? 'term' : 'nhiệm kỳ'} ${f.term})`;
  return '';
}

export function answerFigure(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const lang = ctx.u.lang;
  if (ctx.u.alsoCountReports) ctx.lines.push(note(t.corpusHolds(ctx.corpus.reports.length), 'corpus'));
  const figures = fitFigures(ctx, candidateFigures(ctx));
  if (figures.length === 0) return ctx.u.alsoCountReports ? true : notFound(ctx, t.noFigures);
  if (lang === 'en') ctx.lines.push(note(t.numbersNote));
  let lastDoc = '';
  for (const f of figures) {
    const r = ctx.reportsById.get(f.span.doc);
    if (r && r.id !== lastDoc) {
      heading(ctx, r);
      lastDoc = r.id;
    }
    const ns = [ctx.cites.cite(f.span, [{ start: f.span.start, end: f.span.end }])];
    if (f.yearSpan) ns.push(ctx.cites.cite(f.yearSpan, [{ start: f.yearSpan.start, end: f.yearSpan.end }]));
    ctx.lines.push(item(`${CATEGORY_NAME[lang][f.category]}${f.yearSpan ? periodOf(ctx, f) : ''}: ${figureText(lang, f)}`, ns));
  }
  if (ctx.moreInReport) ctx.lines.push(note(t.moreInReport(ctx.moreInReport)));
  return true;
}
