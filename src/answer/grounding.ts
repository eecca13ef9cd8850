/**
 * The grounding invariant, as code: every person's name and every number in
 * an answer's passage-backed lines appears in one of the snippets those lines
 * cite (numbers compared by value, so "30,900" is grounded by "30.900"; a
 * citation's ISO date grounds the date it carries).
 */
import type { Answer } from '../types.ts';
import type { AnswerLine } from './answer.ts';
import { findNames } from '../facts/people.ts';
import { numericValues, numberReadings } from '../text/numbers.ts';
import { plainSnippet } from '../search/snippet.ts';
import { foldKey } from '../text/normalize.ts';

export interface GroundingViolation {
  line: string;
  missing: string;
}

export function groundingViolations(answer: Answer & { lines?: AnswerLine[] }): GroundingViolation[] {
  const out: GroundingViolation[] = [];
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  for (const line of answer.lines ?? []) {
    if (line.source !== 'passage') continue;
    const ns = [...line.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (ns.length === 0) {
      out.push({ line: line.text, missing: 'no citation marker' });
      continue;
    }
    const cited = ns.map((n) => byN.get(n)).filter((c) => c !== undefined);
    if (cited.length !== ns.length) out.push({ line: line.text, missing: 'a marker with no citation' });
    const text = cited.map((c) => plainSnippet(c.snippet)).join('\n');
    const dates = cited.map((c) => c.date ?? '').join(' ');
    const body = line.text.replace(/\[\d+\]/g, ' ').replace(/\(\d{4}-\d{2}-\d{2}\)/g, (m) => (dates.includes(m.slice(1, -1)) ? ' ' : m));
    const values = numericValues(text);
    for (const n of numberReadings(body)) if (!n.values.some((v) => values.has(v))) out.push({ line: line.text, missing: `number ${n.values[n.values.length - 1]}` });
    const folded = foldKey(text);
    for (const n of findNames(body)) if (!folded.includes(foldKey(n.name))) out.push({ line: line.text, missing: `name ${n.name}` });
  }
  return out;
}
