/**
 * One string for each repeated value of a segment's parsed reports. JSON.parse
 * makes a new string for every occurrence: at 10,000 reports the 200,000-odd
 * figure facts each carried their own copies of the report id (twice), the
 * passage id, the category and the unit, some 45 MB of the serving heap. The
 * values are unchanged; only their copies are shared.
 */
import type { Report, Span } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';

/** Words that repeat across reports (categories, units, roles, titles): shared by every segment read. */
const COMMON = new Map<string, string>();
const COMMON_MAX = 200_000;

function common(s: string): string;
function common(s: string | null): string | null;
function common(s: string | null): string | null {
  if (s === null) return s;
  const had = COMMON.get(s);
  if (had !== undefined) return had;
  if (COMMON.size >= COMMON_MAX) COMMON.clear(); // odd values in odd reports: never unbounded
  COMMON.set(s, s);
  return s;
}

/** A segment's parsed reports and facts, their repeated strings shared (in place). */
export function internSegment(body: { reports: Report[]; facts: [string, ReportFacts][] }): void {
  const ids = new Map<string, string>();
  const passageIds = new Map<string, string>();
  for (const r of body.reports) {
    ids.set(r.id, r.id);
    for (const p of r.passages) {
      p.doc = r.id;
      passageIds.set(p.id, p.id);
    }
  }
  // Spans are read, never changed: a report's figures that point at the same place (the sentence that names the year
  // for all of them) share one span object.
  let spans = new Map<string, Span>();
  const span = <S extends Span | null | undefined>(s: S): S => {
    if (!s) return s;
    s.doc = ids.get(s.doc) ?? s.doc;
    if (s.passage !== undefined) s.passage = passageIds.get(s.passage) ?? s.passage;
    const key = `${s.passage ?? ''}\0${s.paragraph}\0${s.start}\0${s.end}`;
    const had = spans.get(key);
    if (had && had.doc === s.doc) return had as S;
    spans.set(key, s);
    return s;
  };
  for (const [, f] of body.facts) {
    spans = new Map();
    f.doc = ids.get(f.doc) ?? f.doc;
    for (const x of f.figures) {
      x.type = 'figure';
      x.category = common(x.category) as typeof x.category;
      x.unit = common(x.unit);
      x.qualifier = common(x.qualifier);
      x.term = common(x.term);
      x.span = span(x.span);
      x.yearSpan = span(x.yearSpan);
      if (x.change) {
        x.change.direction = common(x.change.direction) as typeof x.change.direction;
        x.change.against = common(x.change.against);
      }
    }
    for (const x of f.people) {
      x.type = 'person';
      x.role = common(x.role) as typeof x.role;
      x.name = common(x.name);
      x.title = common(x.title);
      x.span = span(x.span);
      if (x.evidence) x.evidence = span(x.evidence);
    }
    for (const x of f.groups) {
      x.type = 'group';
      x.role = common(x.role) as typeof x.role;
      x.name = common(x.name);
      x.span = span(x.span);
    }
  }
}
