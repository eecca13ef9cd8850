/**
 * Questions about a person or a title holder ("who is the Chánh Văn phòng",
 * "what did Nguyễn Văn A do") and about the byline: answered from the
 * sentences that name them, quoted.
 */
import { item } from '../lines.ts';
import { byDate } from '../report-text.ts';
import type { RankedReport } from '../rank-reports.ts';
import { holderEvidence, personEvidence } from '../evidence/people-and-words.ts';
import { E } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, weightsFor, say, pool } from './context.ts';
import { heading, quoteLine, peopleReading } from './quote.ts';
import { notFound } from './not-found.ts';

export function answerByline(ctx: Ctx, ranked: RankedReport[]): boolean {
  const t = E[ctx.lang];
  const r = pool(ranked)[0];
  if (!r) return notFound(ctx, ranked);
  heading(ctx, r.report);
  if (!r.report.byline) {
    say(ctx, `${t.notSaid.byline}.`);
    return false;
  }
  const last = r.report.passages[r.report.passages.length - 1]?.paragraph ?? 0;
  ctx.lines.push(item(`${t.label.byline}: ${r.report.byline}`, [ctx.cites.citeText(r.report.id, last + 1, r.report.byline)]));
  return true;
}

/**
 * A person across the reports (each meeting that names them, by its headline,
 * with the sentence and their title there), or the holders of a title.
 */
export function answerPerson(ctx: Ctx, ranked: RankedReport[]): boolean {
  const find = ctx.q.intent === 'holder' ? holderEvidence : personEvidence;
  // Each report's evidence is read once: the reports that name the person (or the title's holders) and what they say.
  const withPerson = ranked
    .filter((r) => !r.contradiction && (ctx.q.intent === 'holder' || r.people.length > 0))
    .map((r) => ({ r, list: find(ctx.q, r.report, weightsFor(ctx, r.report)) }))
    .filter((x) => x.list.length > 0);
  if (!withPerson.length) return notFound(ctx, ranked);
  // Constraints in the question (a place, a year) narrow the meetings: keep those that fit about as well as the best.
  const topScore = withPerson[0].r.score;
  const narrowed = ctx.q.provinces.length || ctx.q.years.length ? withPerson.filter((x) => x.r.score >= LIMITS.personNarrowShare * topScore) : withPerson;
  // The best-ranked meetings, shown in time order: a person's titles change over the years.
  for (const { r, list } of narrowed.slice(0, LIMITS.maxPersonReports).sort((a, b) => byDate(a.r.report, b.r.report))) {
    heading(ctx, r.report);
    const n = quoteLine(ctx, list[0], '');
    if (ctx.q.asksTitle || ctx.q.intent === 'holder') peopleReading(ctx, list[0], n);
  }
  return true;
}
