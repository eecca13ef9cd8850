/**
 * Which year or term a figure is about: the nearest year a passage states
 * before it ("Năm 2018, …", "Trong nhiệm kỳ 2015-2020, …"), or the report's
 * own year or reviewed term when the passage says "năm qua" or "nhiệm kỳ qua".
 */
import type { Report } from '../model/report.ts';
import { TERM_RE } from '../text/dates.ts';
import { COVERED_YEAR, PREVIOUS_TERM, YEAR_MARK } from './figure-patterns.ts';

export interface YearMark {
  previous?: boolean;
  at: number;
  /** length of the text that states it (0 when the year comes from the report) */
  length: number;
  year: number | null;
  term: string | null;
}

const TERMS = new RegExp(TERM_RE.source, 'giu');

/** The term before a term: a congress of 2020-2025 reviews 2015-2020. */
export function previousTerm(term: string | null): string | null {
  if (!term) return null;
  const [a, b] = term.split('-').map(Number);
  return `${a - (b - a)}-${a}`;
}

/** Years a passage says its figures are about, in text order. */
export function yearMarks(text: string, report: Report): YearMark[] {
  const marks: YearMark[] = [];
  for (const m of text.matchAll(YEAR_MARK)) {
    if (m[1]) continue; // "so với năm 2017", "kế hoạch năm 2019": a comparison or a plan
    marks.push({ at: m.index ?? 0, length: m[0].length, year: Number(m[2]), term: null });
  }
  for (const m of text.matchAll(TERMS)) marks.push({ at: m.index ?? 0, length: m[0].length, year: null, term: `${m[1]}-${m[2]}` });
  for (const m of text.matchAll(COVERED_YEAR)) marks.push({ at: m.index ?? 0, length: 0, year: report.coveredYear, term: null });
  for (const m of text.matchAll(PREVIOUS_TERM)) {
    marks.push({ at: m.index ?? 0, length: 0, year: null, term: previousTerm(report.term), previous: true });
  }
  return marks.sort((a, b) => a.at - b.at);
}
