/**
 * What every evidence-first answerer shares: the answer being written (its
 * lines and citations), the question, the weights a report's words get, and
 * the pool of ranked reports worth reading.
 */
import type { Lang, Report } from '../../model/report.ts';
import type { Corpus } from '../../store/load.ts';
import type { AnswerLine } from '../../model/answer.ts';
import { note } from '../lines.ts';
import { periodYears } from '../report-text.ts';
import { reportWords } from '../report-words.ts';
import { reportsById } from '../../store/lookups.ts';
import type { Question } from '../../model/question.ts';
import type { RankedReport } from '../rank-reports.ts';
import { reportWeights, type Weights } from '../evidence/weights.ts';
import { CitationList } from '../citations.ts';
import { idfOf } from '../rank-reports.ts';
import { LIMITS } from '../../limits.ts';

export interface Ctx {
  /** meetings that fit as well but are not shown */
  more?: number;
  corpus: Corpus;
  q: Question;
  lang: Lang;
  cites: CitationList;
  lines: AnswerLine[];
  w: Weights;
}

/** A new answer to a question: its words weighted by how rare they are in the corpus, no lines or citations yet. */
export function newCtx(corpus: Corpus, q: Question, lang: Lang = q.u.lang): Ctx {
  const words = new Map(q.words.map((w) => [w, idfOf(corpus, w)]));
  return {
    corpus,
    q,
    lang,
    cites: new CitationList(reportsById(corpus), corpus.passages, q.query.terms),
    lines: [],
    w: { words, total: [...words.values()].reduce((a, b) => a + b, 0) },
  };
}

/** How much a report's own rank counts beside its evidence when choosing what to quote. */
export const REPORT_WEIGHT = 3;

/** The question's word weights as seen from one report: words its headline and header lines hold identify the report, not the fact. */
export function weightsFor(ctx: Ctx, r: Report): Weights {
  return reportWeights(ctx.q, r, ctx.w);
}

export const say = (ctx: Ctx, text: string, source: AnswerLine['source'] = 'meta', cites: number[] = []) => ctx.lines.push(note(text, source, cites));

/** The reports the question may be about: not contradicted, best first, among the top few. */
export function pool(ranked: RankedReport[]): RankedReport[] {
  // A question with no words of its own ("who attended?") ranks every report at 0: all of them may answer.
  const any = ranked.some((r) => r.score > 0);
  return ranked.filter((r) => !r.contradiction && (r.score > 0 || !any)).slice(0, LIMITS.evidenceReports);
}

/** The report is about one of the asked years (by its metadata) or names it somewhere. */
export function mentionsAskedYear(q: Question, r: Report): boolean {
  const years = periodYears(r);
  const { words } = reportWords(r);
  return q.years.some((y) => years.includes(y) || words.has(String(y)));
}

/** The report's own spellings (tone-mark style), for quoting it as it writes. */
export function spellingsOf(ctx: Ctx, doc: string): Record<string, string> | undefined {
  return reportsById(ctx.corpus).get(doc)?.spellings;
}
