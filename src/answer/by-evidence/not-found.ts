/**
 * "Not found" as a claim about the text: said only when no sentence carries
 * the evidence, and always with the closest sentence quoted, so the user
 * sees what the reports do say.
 */
import type { RankedReport } from '../rank-reports.ts';
import { directionEvidence } from '../evidence/cues.ts';
import { textEvidence } from '../evidence/people-and-words.ts';
import { E } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, weightsFor, say, pool } from './context.ts';
import { heading, quoteLine } from './quote.ts';

/** "The reports do not say …", with the closest sentence quoted from the best report that is not about somewhere else. */
export function notFound(ctx: Ctx, ranked: RankedReport[]): false {
  const t = E[ctx.lang];
  const intent = ctx.q.intent;
  const open = pool(ranked);
  const contradicted = ranked.filter((r) => r.contradiction);
  if (ctx.q.provinces.length && !open.some((r) => r.report.province && ctx.q.provinces.includes(r.report.province)) && contradicted.length) {
    say(ctx, `${t.notSaid[intent] ?? t.notSaid.free}. ${t.noProvince(ctx.q.provinces.join(', '))}`);
  } else {
    say(ctx, `${t.notSaid[intent] ?? t.notSaid.free}.`);
  }
  const best = open[0];
  // A question with no words of its own ("who chaired it?" about one meeting) still gets the closest role shown.
  if (
    best &&
    (ctx.w.total > 0 || intent === 'chair') &&
    (!ctx.q.provinces.length || (best.report.province && ctx.q.provinces.includes(best.report.province)))
  ) {
    // A close role ("dự và chỉ đạo" when "chủ trì" was asked) is shown as such.
    const w = weightsFor(ctx, best.report);
    const close = intent === 'chair' ? directionEvidence(ctx.q, best.report, w)[0] : undefined;
    const e = close ?? textEvidence(ctx.q, best.report, w)[0];
    if (e) {
      heading(ctx, best.report);
      if (close) say(ctx, t.closeRole(ctx.lang === 'en' ? 'chủ trì (chaired)' : 'chủ trì'));
      quoteLine(ctx, e, close ? '' : t.closest);
    }
  } else if (contradicted.length) {
    // Reports about other places: cited, not quoted, so that nothing of theirs reads as this answer.
    const ns = contradicted.slice(0, LIMITS.closestMatches).map((r) => ctx.cites.citeText(r.report.id, 0, r.report.title));
    say(ctx, t.otherPlaces, 'meta', ns);
  }
  return false;
}
