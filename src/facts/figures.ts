/**
 * Figures: a number, its unit and what it counts, the year or term it refers
 * to, and any change the text gives ("tăng 3,5% so với năm 2017"). What the
 * unit counts is figure-category.ts; which year, figure-years.ts.
 */
import type { FigureCategory, FigureFact } from '../model/facts.ts';
import type { Passage, Report, Span } from '../model/report.ts';
import { findNumbers, type ParsedNumber } from '../text/numbers.ts';
import { findDates } from '../text/dates.ts';
import { splitSentences } from '../text/sentences.ts';
import { categorise } from './figure-category.ts';
import {
  AWARD_WORDS,
  CHANGE,
  changeDirection,
  DURATION,
  NOT_COUNT_BEFORE,
  NOT_COUNT_REACH,
  PERCENT_VERB_BEFORE,
  TARGETS,
  UNIT_BEFORE,
  UNIT_STOP,
} from './figure-patterns.ts';
import { previousTerm, type YearMark, yearMarks } from './figure-years.ts';

// A unit is at most this many words; a unit before its number stands within this many characters.
const UNIT_MAX_WORDS = 6;
const UNIT_BEFORE_REACH = 60;
// How far after a figure its award name or its change may be written.
const AFTER_REACH = 120;
const CHANGE_REACH = 80;

function unitAfter(text: string, end: number): { unit: string; end: number } {
  const words: string[] = [];
  let consumed = 0;
  let s = text.slice(end);
  while (words.length < UNIT_MAX_WORDS) {
    const m = /^(\s+)([\p{L}]+)/u.exec(s);
    if (!m) break;
    const w = m[2];
    const direction = /^(đi|đến)$/iu.test(w);
    // "văn bản đi/đến" keep their direction; otherwise stop at linking words.
    if (UNIT_STOP.has(w.toLowerCase()) && !(direction && /văn bản$/iu.test(words.join(' ')))) break;
    words.push(w);
    consumed += m[0].length;
    s = s.slice(m[0].length);
    if (direction) break;
  }
  return { unit: words.join(' '), end: end + consumed };
}

function isYearOrDatePart(text: string, n: ParsedNumber, dateSpans: { start: number; end: number }[]): boolean {
  if (dateSpans.some((d) => n.start >= d.start && n.start < d.end)) return true;
  const before = text.slice(Math.max(0, n.start - NOT_COUNT_REACH), n.start).toLowerCase();
  if (NOT_COUNT_BEFORE.test(before)) return true;
  if (!n.percent && n.of === undefined && /^\d{4}$/.test(n.raw)) return true; // a bare year
  return /[-–]\s*$/u.test(before) && /^\d{4}$/.test(n.raw);
}

/** One passage being read: its report, year marks and dates, read once. */
interface PassageCtx {
  report: Report;
  passage: Passage;
  marks: YearMark[];
  defaultTerm: string | null;
}

/** The year, term and the span that states them, for a figure at `at`. */
function yearOf(c: PassageCtx, at: number) {
  const { report, passage: p } = c;
  const mark = [...c.marks].reverse().find((m) => m.at < at);
  const year = mark ? mark.year : report.kind === 'congress' ? null : report.coveredYear;
  const term = mark ? mark.term : c.defaultTerm;
  const isPrevious = mark ? Boolean(mark.previous) : c.defaultTerm !== null;
  let yearSpan: Span | null = null;
  if (isPrevious && term) yearSpan = report.termSpan;
  else if (mark && mark.length > 0) yearSpan = { doc: p.doc, passage: p.id, paragraph: p.paragraph, start: mark.at, end: mark.at + mark.length };
  else if (year !== null && year === report.coveredYear) yearSpan = report.coveredYearSpan;
  return { year: year ?? null, term: year ? null : term, yearSpan, previousTerm: isPrevious && term !== null };
}

/** The change written after a figure, and the numbers it uses (not figures themselves). */
function changeAfter(text: string, unitEnd: number) {
  const ch = CHANGE.exec(text.slice(unitEnd, unitEnd + CHANGE_REACH));
  if (!ch) return null;
  const change: NonNullable<FigureFact['change']> = {
    direction: changeDirection(ch[1]),
    percent: Number(ch[2].replace(',', '.')),
    against: ch[3]?.trim() ?? null,
    raw: ch[0].replace(/^[\s(,]+|[\s)]+$/g, ''),
  };
  const chAt = unitEnd + ch[0].indexOf(ch[2]);
  return { change, end: unitEnd + ch[0].length, usesUpTo: chAt + ch[2].length };
}

/** The figure a number states, or null when it counts nothing (a duration, a number without a unit). */
function figureAt(c: PassageCtx, s: { start: number; end: number }, n: ParsedNumber, clauseStart: number) {
  const text = c.passage.text;
  let { unit, end: unitEnd } = unitAfter(text, n.end);
  let spanFrom = n.start;
  if (!n.percent && !unit) {
    const pre = UNIT_BEFORE.exec(text.slice(Math.max(s.start, n.start - UNIT_BEFORE_REACH), n.start));
    if (pre) [unit, spanFrom, unitEnd] = [pre[1], n.start - pre[0].length, n.end];
  }
  if (!n.percent && (!unit || DURATION.test(unit))) return null;
  const before = text.slice(clauseStart, n.start);
  const after = text.slice(unitEnd, Math.min(s.end, unitEnd + AFTER_REACH));
  const clause = text.slice(Math.max(s.start, text.lastIndexOf(';', n.start) + 1), n.start);
  let { category, detail } = n.percent ? { category: 'percent' as FigureCategory, detail: null } : categorise(unit, before, after, clause);
  if (!n.percent && category === 'other' && AWARD_WORDS.test(unit)) category = 'awards';
  const ch = n.percent ? null : changeAfter(text, unitEnd);
  let spanEnd = ch ? ch.end : unitEnd;
  if (detail && category === 'awards') {
    const at = text.indexOf(detail, unitEnd);
    if (at >= 0 && at - unitEnd < AFTER_REACH) spanEnd = Math.max(spanEnd, at + detail.length);
  }
  const verbLead = n.percent ? PERCENT_VERB_BEFORE.exec(text.slice(Math.max(0, n.start - 8), n.start)) : null;
  const spanStart = verbLead ? n.start - verbLead[0].length : spanFrom;
  const p = c.passage;
  const fact: FigureFact = {
    type: 'figure',
    category,
    value: n.value,
    of: n.of ?? null,
    qualifier: n.qualifier,
    unit: detail && category === 'awards' && detail !== unit ? `${unit} (${detail})` : unit,
    raw: text.slice(spanStart, unitEnd).trim(),
    ...yearOf(c, n.start),
    change: ch?.change ?? null,
    span: { doc: p.doc, passage: p.id, paragraph: p.paragraph, start: spanStart, end: spanEnd },
  };
  return { fact, unitEnd, changeUsesUpTo: ch?.usesUpTo ?? -1 };
}

/** Every figure a report's passages state. */
export function extractFigures(report: Report): FigureFact[] {
  const out: FigureFact[] = [];
  const defaultTerm = report.kind === 'congress' ? previousTerm(report.term) : null;
  for (const passage of report.passages) {
    const text = passage.text;
    const c: PassageCtx = { report, passage, marks: yearMarks(text, report), defaultTerm };
    const dateSpans = findDates(text);
    for (const s of splitSentences(text)) {
      if (TARGETS.test(s.text)) continue; // targets and plans, not results
      const nums = findNumbers(s.text).map((n) => ({ ...n, start: n.start + s.start, end: n.end + s.start }));
      const used = new Set<number>();
      let clauseStart = s.start;
      nums.forEach((n, i) => {
        if (used.has(i) || isYearOrDatePart(text, n, dateSpans)) return;
        const semi = text.lastIndexOf(';', n.start);
        const found = figureAt(c, s, n, semi >= clauseStart ? semi + 1 : clauseStart);
        if (!found) return;
        if (semi >= clauseStart) clauseStart = semi + 1;
        nums.forEach((x, j) => {
          if (x.start >= found.unitEnd && x.start <= found.changeUsesUpTo) used.add(j);
        });
        out.push(found.fact);
        clauseStart = found.unitEnd;
      });
    }
  }
  return out;
}
