/**
 * Questions about the corpus itself: how many reports it holds, which ones,
 * and a plain search when the question asks for passages.
 */
import { KIND_NAME, T } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { byDate } from '../report-text.ts';
import { item, note } from '../lines.ts';
import { type Ctx, dateLabel, listPassages, say } from './context.ts';

export function answerCount(ctx: Ctx): boolean {
  ctx.lines.push(note(T[ctx.u.lang].corpusHolds(ctx.corpus.reports.length), 'corpus'));
  return true;
}

export function answerList(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const reports = [...ctx.corpus.reports].sort(byDate);
  ctx.lines.push(note(t.reportsHead(reports.length), 'corpus'));
  for (const r of reports) {
    const bits = [dateLabel(r), KIND_NAME[ctx.u.lang][r.kind], r.office, r.byline].filter(Boolean).join(' · ');
    ctx.lines.push(item(`${bits} (${r.id})`, [], 'corpus', r.title));
  }
  return reports.length > 0;
}

export function answerSearch(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  const limit = Math.max(1, Math.min(ctx.opts.limit ?? LIMITS.searchResults, LIMITS.maxSearchResults));
  return listPassages(ctx, t.searchHead, limit) || say(ctx, t.noMatch, false);
}
