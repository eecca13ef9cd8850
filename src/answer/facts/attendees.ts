/**
 * Who attended, from the extracted attendance facts of the meetings the
 * question selects, each person with the passage that names them.
 */
import { T } from '../messages.ts';
import { LIMITS } from '../../limits.ts';
import { item, note } from '../lines.ts';
import { selectReports } from '../select-reports.ts';
import { type Ctx, heading, capped, personLine, notFound } from './context.ts';

export function answerAttendees(ctx: Ctx): boolean {
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
    let left = 0;
    for (const p of people) {
      if (focus === 'all' && shown.has(p.name)) continue;
      shown.add(p.name);
      // Capped before citing: the rest are counted, not computed.
      if (shown.size > LIMITS.maxPeoplePerMeeting) {
        left++;
        continue;
      }
      const label = p.role === 'chair' ? t.chaired : p.role === 'speaker' ? t.spoke : p.role === 'presenter' ? t.presented : null;
      const line = personLine(ctx, p, focus === 'all' && p.role !== 'attendee' ? label : null);
      ctx.lines.push(item(line.text, line.cites));
      any = true;
    }
    if (left) ctx.lines.push(note(t.moreInReport(left)));
    if (focus === 'all') {
      for (const g of f.groups.filter((g) => g.role === 'attendee').slice(0, LIMITS.maxPeoplePerMeeting)) {
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
