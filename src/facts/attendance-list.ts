/**
 * Reading a list of people out of a stretch of one passage ("đồng chí A, chức
 * vụ; B, chức vụ; lãnh đạo X cùng Y"), and the facts it adds: each person with
 * the title beside their name and the exact span they were read from, and
 * what no person covers as groups.
 */
import type { GroupFact, PersonFact, PersonRole } from '../model/facts.ts';
import type { Passage } from '../model/report.ts';
import { CLAUSE_LEAD, GROUP_LEAD, TITLE_FOLLOWS, TITLE_STOP } from './attendance-patterns.ts';
import { findNames, HONORIFIC, looksLikeGroup, titleAt, titleBefore, type NameMatch } from './people.ts';

/** The passage being read and the facts found so far in its report. */
export interface Ctx {
  passage: Passage;
  people: PersonFact[];
  groups: GroupFact[];
}

// A title that runs on past its recognised words stops short of this many characters.
const TITLE_RUN_ON_MAX = 60;
const HONORIFIC_BEFORE = new RegExp(String.raw`(?:các\s+)?${HONORIFIC}\s*:?\s*$`, 'u');

export function spanOf(ctx: Ctx, start: number, end: number) {
  const { passage } = ctx;
  return { doc: passage.doc, passage: passage.id, paragraph: passage.paragraph, start, end };
}

export function addPerson(ctx: Ctx, role: PersonRole, m: NameMatch, title: string | null, start: number, end: number, detail: string | null = null): void {
  if (ctx.people.some((p) => p.role === role && p.name === m.name && p.span.paragraph === ctx.passage.paragraph)) return;
  ctx.people.push({ type: 'person', role, name: m.name, title: title && title.length > 1 ? title : null, detail, span: spanOf(ctx, start, end) });
}

function addGroup(ctx: Ctx, role: GroupFact['role'], raw: string, start: number): void {
  let name = raw.replace(/^[\s,:;]+|[\s,:;.…]+$/gu, '');
  let offset = raw.indexOf(name);
  const lead = GROUP_LEAD.exec(name);
  if (lead) {
    name = name.slice(lead[0].length);
    offset += lead[0].length;
  }
  if (!looksLikeGroup(name)) return;
  if (ctx.groups.some((g) => g.role === role && g.name === name)) return;
  ctx.groups.push({ type: 'group', role, name, span: spanOf(ctx, start + offset, start + offset + name.length) });
}

/** A name found in a slice, moved to passage offsets. */
export const shifted = (n: NameMatch, by: number): NameMatch => ({ ...n, start: n.start + by, end: n.end + by });

/** The title written after a name ("X, Phó Chủ tịch …" or "X – …"), read no further than `limit`. */
export function titleAfter(text: string, n: NameMatch, limit: number) {
  return TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4)) ? titleAt(text.slice(0, limit), n.end) : null;
}

/** One person of a list: their title (after the name, or before it) and the span that holds both. */
function listEntry(text: string, n: NameMatch, cursor: number, nextStart: number, to: number) {
  let title: string | null = null;
  let end = n.end;
  const follows = TITLE_FOLLOWS.test(text.slice(n.end, n.end + 4));
  const after = follows ? titleAt(text.slice(0, nextStart), n.end) : null;
  if (after) {
    title = after.title;
    end = Math.min(after.end, nextStart);
    // In a list, a title runs on to the next separator ("Trưởng ban Pháp chế HĐND tỉnh;").
    const rest = /^[^,;]*/u.exec(text.slice(end, Math.min(to, nextStart)))?.[0] ?? '';
    if (rest.trim() && !TITLE_STOP.test(` ${rest} `) && rest.length < TITLE_RUN_ON_MAX) {
      title = `${title}${rest}`.trim();
      end += rest.length;
    }
  } else {
    title = titleBefore(text, n.start, cursor);
  }
  // An honorific and a title before the name belong to this person's span.
  let start = n.start;
  const honor = HONORIFIC_BEFORE.exec(text.slice(cursor, n.start));
  if (honor) start = cursor + honor.index;
  if (title && !follows) {
    const at = text.lastIndexOf(title, n.start);
    if (at >= cursor) start = Math.min(start, at);
  }
  return { title, start, end };
}

/** The stretches of [from, to) no person covers. */
function gaps(covered: [number, number][], from: number, to: number): [number, number][] {
  let pos = from;
  const out: [number, number][] = [];
  for (const [s, e] of covered) {
    if (s > pos) out.push([pos, s]);
    pos = Math.max(pos, e);
  }
  if (pos < to) out.push([pos, to]);
  return out;
}

/** Groups in what no person covers ("lãnh đạo Đảng ủy Khối …", "đại diện …"). */
function addGroups(ctx: Ctx, covered: [number, number][], from: number, to: number): void {
  for (const [s, e] of gaps(covered, from, to)) {
    let off = 0;
    for (const part of ctx.passage.text.slice(s, e).split(/(\s*;\s*|\s+cùng(?:\s+với)?\s+|\s+và\s+(?=(?:lãnh đạo|đại diện|các|toàn thể|đại biểu)))/u)) {
      if (part && !/^\s*(;|cùng|và)/u.test(part)) addGroup(ctx, 'attendee', part, s + off);
      off += part.length;
    }
  }
}

/** Every person (with the given roles) and, for attendees, every group in [from, to) of the passage. */
export function parseList(ctx: Ctx, from: number, to: number, roles: PersonRole[]): number {
  const text = ctx.passage.text;
  const names = findNames(text.slice(from, to)).map((n) => shifted(n, from));
  let cursor = from;
  const covered: [number, number][] = [];
  names.forEach((n, i) => {
    const { title, start, end } = listEntry(text, n, cursor, names[i + 1]?.start ?? to, to);
    for (const role of roles) addPerson(ctx, role, n, title, start, end);
    covered.push([start, end]);
    cursor = end;
  });
  if (roles.includes('attendee')) addGroups(ctx, covered, from, to);
  return names.length;
}

/** Where the subject of a clause starts: after a leading time or place phrase ("Chiều 8-3, …"). */
export function subjectStart(text: string, sentStart: number, verbAt: number): number {
  const semi = text.slice(sentStart, verbAt).lastIndexOf('. ');
  let s = semi >= 0 ? sentStart + semi + 2 : sentStart;
  const lead = CLAUSE_LEAD.exec(text.slice(s, verbAt));
  if (lead) s += lead[0].length;
  return s;
}
