/**
 * Comparisons between periods ("2019 so với 2018", "this term and the
 * last"): the figures each period's reports state, quoted side by side, and
 * the change a report writes itself, never one computed from two guesses.
 */
import type { Report } from '../../model/report.ts';
import { byDate, periodYears } from '../report-text.ts';
import { reportWords } from '../report-words.ts';
import type { RankedReport } from '../rank-reports.ts';
import type { Evidence } from '../evidence/weights.ts';
import { countEvidence, statesChange } from '../evidence/counts.ts';
import { E } from '../messages.ts';
import { formatNumberEn } from '../../text/numbers.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, weightsFor, say } from './context.ts';
import { heading, quoteLine } from './quote.ts';
import type { Choice } from './choose.ts';

export interface Period {
  year: number | null;
  month: number | null;
}

/** A report is about a period by its metadata: the year it reviews or is held in (or its term), and the month of its date. */
export function aboutPeriod(r: Report, p: Period): boolean {
  if (p.month !== null && r.date.month !== p.month) return false;
  if (p.year === null) return p.month !== null;
  return periodYears(r).includes(p.year) || r.date.year === p.year;
}

/** A report names a period in its text: "năm 2018", "tháng 3-2022". */
export function mentionsPeriod(r: Report, p: Period): boolean {
  const { pairs, words } = reportWords(r);
  if (p.month !== null) return pairs.has(`thang ${p.month}`) && (p.year === null || pairs.has(`${p.month} ${p.year}`));
  return p.year !== null && words.has(String(p.year));
}

/**
 * Two figures side by side: with two periods asked, the best report for each
 * (by metadata first, then by a year its text names); with one, the figure and
 * the change its report states. A change computed from two quoted figures is
 * marked as computed.
 */
export function answerCompare(ctx: Ctx, ranked: RankedReport[], chosen: Choice[]): boolean {
  const t = E[ctx.lang];
  const picks: { r: Report; e: Evidence }[] = [];
  // The best report may state the comparison itself ("So với cùng kỳ năm 2018, … giảm 61 lượt"): then it answers alone.
  const first = chosen[0];
  const stated = first?.list.find((e) => (e.unitScore ?? 0) >= 1 && statesChange(e));
  // Two periods asked: two years, or two months of one year ("tháng 3-2022 và tháng 4-2022").
  const byStated = stated && stated.score >= LIMITS.statedChangeShare * first.list[0].score;
  const periods: Period[] = byStated
    ? []
    : ctx.q.years.length >= 2
      ? ctx.q.years.map((y) => ({ year: y, month: null }))
      : ctx.q.months.length >= 2
        ? ctx.q.months.map((m) => ({ year: ctx.q.years[0] ?? null, month: m }))
        : [];
  if (periods.length) {
    const open = ranked.filter((r) => !r.contradiction);
    const used = new Set<Report>();
    const bestFor = (p: Period, meta: boolean) => open.find((r) => !used.has(r.report) && (meta ? aboutPeriod(r.report, p) : mentionsPeriod(r.report, p)));
    for (const pass of [true, false]) {
      for (const y of periods) {
        if (picks.some((p) => pass && aboutPeriod(p.r, y))) continue;
        const r = bestFor(y, pass);
        if (!r) continue;
        const e = countEvidence(ctx.q, r.report, weightsFor(ctx, r.report))[0];
        if (!e) continue;
        used.add(r.report);
        picks.push({ r: r.report, e });
      }
      if (picks.length >= 2) break;
    }
  }
  if (picks.length < 2) {
    picks.length = 0;
    // A clause with the figure and its change ("988 đơn, tăng 220 đơn so với…") answers alone; a change amount
    // ("So với cùng kỳ năm 2018, … giảm 61 lượt") is quoted beside the figure it changes ("292 lượt").
    const amountOnly = stated?.number && /(tăng|giảm|vượt|hơn|ít hơn)\s*$/iu.test(stated.unit.text.slice(0, stated.number.start));
    const figure = stated && !amountOnly ? stated : (first.list.find((e) => !statesChange(e)) ?? first.list[0]);
    const both = [figure, ...(stated && stated.unit !== figure.unit ? [stated] : [])].sort((a, b) => a.unit.order - b.unit.order);
    for (const e of both) picks.push({ r: first.r.report, e });
  }
  const byReport = new Map<Report, Evidence[]>();
  for (const p of picks) {
    const list = byReport.get(p.r);
    if (list) list.push(p.e);
    else byReport.set(p.r, [p.e]);
  }
  const ordered = [...byReport.entries()].sort((a, b) => byDate(a[0], b[0]));
  for (const [r, list] of ordered) {
    heading(ctx, r);
    for (const e of list) quoteLine(ctx, e, '');
  }
  if (ordered.length === 2) {
    const a = ordered[0][1][0].number;
    const b = ordered[1][1][0].number;
    if (a && b) {
      const diff = b.value - a.value;
      const dir = diff > 0 ? t.up : diff < 0 ? t.down : t.same;
      const fmt = (v: number) => (ctx.lang === 'en' ? formatNumberEn(v) : String(v).replace('.', ','));
      say(ctx, t.computed(a.raw, b.raw, fmt(Math.abs(diff)), dir), 'computed');
    }
  }
  return true;
}
