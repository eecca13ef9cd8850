/**
 * Turning evidence into answer lines: the report's heading, the quoted
 * clause with its citation, and the readings (people, dates) that structured
 * facts add when they lie inside the quoted clause.
 */
import type { Report } from '../../model/report.ts';
import { heading as headingLine, item, reading } from '../lines.ts';
import type { Evidence } from '../evidence/weights.ts';
import { isPlanned } from '../evidence/counts.ts';
import { E } from '../messages.ts';
import { englishTitle } from '../../lexicon/glossary.ts';
import { foldKey, restoreSpelling } from '../../text/normalize.ts';
import { LIMITS } from '../../limits.ts';
import { type Ctx, spellingsOf } from './context.ts';

/** The headline, cited; with the province when a header line names it and the headline does not. */
export function heading(ctx: Ctx, r: Report): void {
  // A report without a headline is named by its lead, cited where it stands.
  const lead = r.passages[0];
  const ns = [r.titleFromText && lead ? ctx.cites.citeIn(lead, 0, Math.min(lead.text.length, r.title.length)) : ctx.cites.citeText(r.id, 0, r.title)];
  let place = '';
  if (r.province && !foldKey(r.title).includes(foldKey(r.province))) {
    const key = foldKey(r.province);
    const line = r.headerLines.find((h) => foldKey(h).includes(key));
    if (line) ns.push(ctx.cites.citeText(r.id, 0, line));
    else if (lead && foldKey(lead.text).includes(key)) ns.push(ctx.cites.citeIn(lead, 0, Math.min(lead.text.length, 200)));
    if (line || (lead && foldKey(lead.text).includes(key))) place = r.province;
  }
  ctx.lines.push(headingLine(restoreSpelling(r.title, r.spellings), ns, 'passage', place));
}

/** Cite one piece of evidence; returns its marker number. */
export function citeEvidence(ctx: Ctx, e: Evidence): number {
  const u = e.unit;
  // A sentence chosen for its words shows those words in bold; a fact shows the quoted clause.
  if (u.passage && e.cue === 'words')
    return ctx.cites.cite({ doc: u.doc, passage: u.passage.id, paragraph: u.passage.paragraph, start: u.start + e.from, end: u.start + e.to });
  if (u.passage) return ctx.cites.citeIn(u.passage, u.start + e.from, u.start + e.to);
  return ctx.cites.citeText(u.doc, 0, u.source);
}

/** The quoted clause as the report writes it, with "…" where it was cut. */
export function quote(ctx: Ctx, e: Evidence): string {
  const t = restoreSpelling(e.unit.text, spellingsOf(ctx, e.unit.doc));
  const body = t
    .slice(e.from, e.to)
    .trim()
    .replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  return `«${e.from > 0 ? '…' : ''}${body}${e.to < t.length ? '…' : ''}»`;
}

export function quoteLine(ctx: Ctx, e: Evidence, label: string): number {
  const n = citeEvidence(ctx, e);
  // A target or a plan is said to be one: it is not what was achieved.
  const planned = isPlanned(e) ? ` ${E[ctx.lang].planned}` : '';
  ctx.lines.push(item(`${label ? `${label}: ` : ''}${quote(ctx, e)}${planned}`, [n]));
  return n;
}

/** Names with their titles that the facts read inside the quoted clause (and their English titles). */
export function peopleReading(ctx: Ctx, e: Evidence, n: number): void {
  const u = e.unit;
  if (!u.passage) return;
  const from = u.start + e.from;
  const to = u.start + e.to;
  const facts = ctx.corpus.facts.get(u.doc)?.people ?? [];
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const p of facts) {
    const inside = (p.span.passage ?? `${p.span.doc}#${p.span.paragraph}`) === u.passage.id || p.span.paragraph === u.passage.paragraph;
    if (!inside || seen.has(p.name)) continue;
    if (!u.text.includes(p.name) || u.passage.text.slice(from, to).indexOf(p.name) < 0) continue;
    seen.add(p.name);
    let title = p.title ?? '';
    if (title && ctx.lang === 'en') {
      const en = englishTitle(title);
      if (en) title = `${title} (${en})`;
    }
    parts.push(restoreSpelling(title ? `${p.name}, ${title}` : p.name, spellingsOf(ctx, u.doc)));
  }
  if (parts.length && parts.length <= LIMITS.maxReadingPeople) ctx.lines.push(reading(`→ ${parts.join('; ')}`, [n]));
}

export function dateReading(ctx: Ctx, e: Evidence, r: Report, n: number): void {
  const d = r.date;
  // A stated date is in the quote already; a reading adds only a year the quote lacks.
  if (e.cue !== 'date' || d.certainty === 'stated' || d.year === null || d.day === null || d.month === null || !d.raw) return;
  if (!e.unit.text.slice(e.from, e.to).includes(d.raw)) return;
  const ns = [n];
  if (d.certainty === 'header') {
    if (!r.headerDateLine) return;
    ns.push(ctx.cites.citeText(r.id, 0, r.headerDateLine));
  } else {
    // The year is written only where a passage names it.
    const y = String(d.year);
    const p = r.passages.find((x) => x.text.includes(y));
    if (!p) return;
    const at = p.text.indexOf(y);
    ns.push(ctx.cites.citeIn(p, at, at + y.length));
  }
  const how = E[ctx.lang].yearFrom[d.certainty] ?? '';
  ctx.lines.push(reading(E[ctx.lang].dateReading(`${d.day}/${d.month}/${d.year}`, how), ns));
}
