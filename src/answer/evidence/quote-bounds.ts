/**
 * How much of a sentence to quote: the clause around the evidence, grown
 * while it fits the quote limit, so an answer quotes what carries the fact
 * and not a whole paragraph.
 */
import type { TextUnit } from '../report-text.ts';
import type { ParsedNumber } from '../../text/numbers.ts';
import { LIMITS } from '../../limits.ts';
import type { Evidence } from './weights.ts';

export const TITLE_WORD = /(Chủ tịch|Bí thư|Giám đốc|Chánh|Trưởng|Phó|Thủ trưởng|lãnh đạo|đồng chí)/u;

/**
 * The part of a sentence to quote around [from, to): the whole sentence when
 * short, else the clauses (cut at ";", ":" and ",") around it, growing while
 * they fit.
 */
export function quoteBounds(text: string, from: number, to: number, max: number = LIMITS.quoteMaxChars): [number, number] {
  if (text.length <= max) return [0, text.length];
  const cuts = [0];
  for (const m of text.matchAll(/[;:,]\s+|\s+[-–]\s+/g)) cuts.push((m.index ?? 0) + m[0].length);
  cuts.push(text.length);
  let a = cuts.filter((c) => c <= from).pop() ?? 0;
  let b = cuts.find((c) => c >= to) ?? text.length;
  for (;;) {
    const nextB = cuts.find((c) => c > b);
    const prevA = [...cuts].reverse().find((c) => c < a);
    // Grow to the right first: titles and units follow names and numbers.
    if (nextB !== undefined && nextB - a <= max) b = nextB;
    else if (prevA !== undefined && b - prevA <= max) a = prevA;
    else break;
  }
  if (b - a > max * 2) {
    a = Math.max(a, from - Math.floor(max / 2));
    b = Math.min(b, to + Math.floor(max / 2));
  }
  return [a, b];
}

export function piece(u: TextUnit, score: number, markFrom: number, markTo: number, max?: number, extra: Partial<Evidence> = {}): Evidence {
  const [from, to] = quoteBounds(u.text, markFrom, markTo, max);
  return { unit: u, score, from, to, markFrom, markTo, ...extra };
}

/**
 * A figure's quote: its own clause between semicolons, however short the
 * sentence ("…thông qua 18 nghị quyết; có 45 lượt đại biểu chất vấn…" quotes
 * the 45 with its clause), cut further only when that clause is long.
 */
export function figurePiece(u: TextUnit, score: number, n: ParsedNumber, extra: Partial<Evidence>): Evidence {
  const before = u.text.lastIndexOf(';', n.start);
  const after = u.text.indexOf(';', n.end);
  const a = before >= 0 ? before + 1 : 0;
  const b = after >= 0 ? after : u.text.length;
  const clause = u.text.slice(a, b);
  const [from, to] = quoteBounds(clause, n.start - a, n.end - a, LIMITS.figureQuoteMaxChars);
  const lead = clause.slice(from).match(/^\s*/)?.[0].length ?? 0;
  return { unit: u, score, from: a + from + lead, to: a + to, markFrom: n.start, markTo: n.end, ...extra };
}
