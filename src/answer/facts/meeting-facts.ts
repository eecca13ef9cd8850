/**
 * One fact per meeting: who chaired, when it was held, who wrote the report,
 * and what a named person did there.
 */
import { T } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, personLine, perMeeting } from './context.ts';

export function answerChair(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  return perMeeting(ctx, t.noChair, (r) =>
    (ctx.corpus.facts.get(r.id)?.people ?? []).filter((p) => p.role === 'chair').map((p) => personLine(ctx, p, t.chaired)),
  );
}

export function answerDate(ctx: Ctx): boolean {
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

export function answerByline(ctx: Ctx): boolean {
  const t = T[ctx.u.lang];
  return perMeeting(ctx, t.noByline, (r) => {
    if (!r.byline) return [];
    // The byline stands after the body: cite it as the line after the last paragraph.
    const last = r.passages[r.passages.length - 1]?.paragraph ?? 0;
    return [{ text: t.writtenBy(r.byline), cites: [ctx.cites.citeText(r.id, last + 1, r.byline)] }];
  });
}

export function answerPerson(ctx: Ctx): boolean {
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
