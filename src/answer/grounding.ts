/**
 * The grounding invariant, as code: every person's name and every number in
 * an answer's text appears in a cited snippet. A line of facts must be
 * grounded by the snippets its own markers cite; any other line (headings,
 * notes) by the answer's snippets together. Only lines about the corpus itself
 * ("The corpus holds 5 reports", the list of reports) are exempt. Numbers are
 * compared by every reading ("30.900" and "30,900" are both 30900 or 30.9).
 */
import type { AnswerResult } from '../model/answer.ts';
import { findNames } from '../facts/people.ts';
import { numericValues, numberReadings } from '../text/numbers.ts';
import { plainSnippet } from '../search/snippet.ts';
import { foldKey } from '../text/normalize.ts';

export interface GroundingViolation {
  line: string;
  missing: string;
}

export function groundingViolations(answer: AnswerResult): GroundingViolation[] {
  const out: GroundingViolation[] = [];
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  for (const line of answer.lines) {
    if (line.source === 'corpus') continue;
    // A computed change must say so; its operands are quoted on the lines above.
    if (line.source === 'computed') {
      if (!/(computed|tính từ)/iu.test(line.text)) out.push({ line: line.text, missing: 'a computed number that does not say it was computed' });
      continue;
    }
    const ns = line.cites;
    if (line.source === 'passage' && ns.length === 0) {
      out.push({ line: line.text, missing: 'no citation marker' });
      continue;
    }
    const cited = line.source === 'passage' ? ns.map((n) => byN.get(n)).filter((c) => c !== undefined) : answer.citations;
    if (cited.length < ns.length && line.source === 'passage') out.push({ line: line.text, missing: 'a marker with no citation' });
    // A note may repeat the question's own words ("The reports do not mention Trần Văn Tú"): that claims nothing about the reports.
    const text = cited.map((c) => plainSnippet(c.snippet)).join('\n') + (line.source === 'meta' ? `\n${answer.question}` : '');
    const body = [line.emphasis, line.text, line.detail].filter(Boolean).join('\n');
    const values = numericValues(text);
    for (const n of numberReadings(body)) if (!n.values.some((v) => values.has(v))) out.push({ line: line.text, missing: `number ${n.raw.trim()}` });
    const folded = foldKey(text);
    for (const n of findNames(body)) if (!folded.includes(foldKey(n.name))) out.push({ line: line.text, missing: `name ${n.name}` });
  }
  return out;
}
