/**
 * Choosing evidence: per intent, the finder that reads a report's sentences
 * for it, and the pick across the ranked reports (how many reports, how many
 * sentences each, which ones beat a report that merely ranks higher).
 */
import type { Report } from '../../model/report.ts';
import type { Question } from '../../model/question.ts';
import type { RankedReport } from '../rank-reports.ts';
import type { Evidence, Weights } from '../evidence/weights.ts';
import { attendanceEvidence, chairEvidence, dateEvidence } from '../evidence/cues.ts';
import { countEvidence } from '../evidence/counts.ts';
import { personEvidence, textEvidence } from '../evidence/people-and-words.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, REPORT_WEIGHT, weightsFor, pool } from './context.ts';

export const finders: Record<string, (q: Question, r: Report, w: Weights) => Evidence[]> = {
  attendees: attendanceEvidence,
  chair: chairEvidence,
  date: dateEvidence,
  count: countEvidence,
  compare: countEvidence,
  person: personEvidence,
  'which-report': textEvidence,
  free: textEvidence,
};

export interface Choice {
  r: RankedReport;
  list: Evidence[];
  best: number;
}

/** Evidence in the candidate reports, and which of them the answer is about. */
export function choose(ctx: Ctx, ranked: RankedReport[], find: (q: Question, r: Report, w: Weights) => Evidence[]): Choice[] {
  const cands = pool(ranked);
  const top = Math.max(0, cands[0]?.score ?? 0);
  const choices = cands
    // A report far below the best does not answer through its evidence: the question is about the best ones.
    .filter((r) => top <= 0 || r.score >= LIMITS.ambiguityMargin * top)
    .map((r) => {
      const list = find(ctx.q, r.report, weightsFor(ctx, r.report));
      return { r, list, best: list.length ? REPORT_WEIGHT * (top > 0 ? r.score / top : 1) + list[0].score : -1 };
    })
    .filter((c) => c.list.length > 0)
    // A report that meets more of the question's constraints by its metadata (the year asked, the place, the office) comes first.
    .sort((a, b) => b.r.metaMatches - a.r.metaMatches || b.best - a.best);
  if (!choices.length) return [];
  const first = choices[0];
  // Another meeting is answered too only when it fits about as well, both in rank and in evidence.
  const fitting = choices
    // …and meets as many of the question's constraints: a report that matches the asked year by its metadata beats one that only names it.
    .filter(
      (c, i) =>
        i === 0 ||
        (c.best >= LIMITS.ambiguityMargin * first.best && c.r.score >= LIMITS.ambiguityMargin * first.r.score && c.r.metaMatches >= first.r.metaMatches),
    );
  ctx.more = Math.max(0, fitting.length - LIMITS.maxAnsweredReports);
  return fitting.slice(0, LIMITS.maxAnsweredReports);
}
