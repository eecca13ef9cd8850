/**
 * The evaluation: labelled questions run through the same engine the bot
 * uses, scored for answer accuracy, citation accuracy, grounding and crashes.
 */
import { z } from 'zod';
import type { Engine } from '../engine.ts';
import { groundingViolations } from '../answer/grounding.ts';
import { foldKey } from '../text/normalize.ts';
import { numericValues } from '../text/numbers.ts';

export const EvalCase = z.object({
  id: z.string(),
  kind: z.string(),
  lang: z.enum(['en', 'vi', 'vi-plain']),
  q: z.string(),
  /** expected `found`; absent for hostile input, where only calm handling counts */
  found: z.boolean().optional(),
  intent: z.string().optional(),
  /** texts that must appear in the answer (accent- and case-insensitive) */
  must: z.array(z.string()).optional(),
  /** numbers that must appear in the answer, in any format */
  numbers: z.array(z.number()).optional(),
  /** texts that must not appear (e.g. the other year's attendees) */
  mustNot: z.array(z.string()).optional(),
  /** the meeting date the answer must give, ISO: carried by a cited source (the answer's text quotes the report's own words) */
  date: z.string().optional(),
  /** reports that must be cited */
  cite: z.array(z.string()).optional(),
  /** reports that must not be cited */
  notCite: z.array(z.string()).optional(),
});
export type EvalCase = z.infer<typeof EvalCase>;

export interface CaseResult {
  c: EvalCase;
  crashed: boolean;
  correct: boolean;
  /** null when the case names no report to cite */
  citationOk: boolean | null;
  groundingViolations: number;
  why: string[];
}

export function parseCases(jsonl: string, source = 'cases'): EvalCase[] {
  return jsonl
    .split('\n')
    .map((l, i) => [l, i] as const)
    .filter(([l]) => l.trim())
    .map(([l, i]) => {
      try {
        return EvalCase.parse(JSON.parse(l));
      } catch (err) {
        throw new Error(`${source}:${i + 1}: not a valid case (${(err as Error).message.slice(0, 200)})`);
      }
    });
}

export function runCase(engine: Engine, c: EvalCase): CaseResult {
  const why: string[] = [];
  let answer: ReturnType<Engine['ask']>;
  try {
    answer = engine.ask(c.q);
  } catch (err) {
    return { c, crashed: true, correct: false, citationOk: c.cite ? false : null, groundingViolations: 0, why: [`crashed: ${(err as Error).message}`] };
  }
  const text = foldKey(answer.answer);
  if (!answer.answer.trim()) why.push('empty answer');
  if (c.found !== undefined && answer.found !== c.found) why.push(`found=${answer.found}, expected ${c.found}`);
  if (c.intent && answer.intent !== c.intent) why.push(`intent=${answer.intent}, expected ${c.intent}`);
  for (const m of c.must ?? []) if (!text.includes(foldKey(m))) why.push(`missing "${m}"`);
  const values = numericValues(answer.answer);
  for (const n of c.numbers ?? []) if (!values.has(n)) why.push(`missing number ${n}`);
  for (const m of c.mustNot ?? []) if (text.includes(foldKey(m))) why.push(`must not say "${m}"`);
  if (c.date) {
    if (!answer.citations.some((x) => x.date === c.date)) why.push(`no cited source dated ${c.date}`);
    const [, m, d] = c.date.split('-').map(Number);
    if (!values.has(d) || !values.has(m)) why.push(`the answer does not give the day and month of ${c.date}`);
  }
  const docs = new Set(answer.citations.map((x) => x.doc));
  let citationOk: boolean | null = null;
  if (c.cite || c.notCite) {
    const missing = (c.cite ?? []).filter((d) => !docs.has(d));
    const wrong = (c.notCite ?? []).filter((d) => docs.has(d));
    citationOk = missing.length === 0 && wrong.length === 0;
    if (missing.length) why.push(`not cited: ${missing.join(', ')}`);
    if (wrong.length) why.push(`wrongly cited: ${wrong.join(', ')}`);
  }
  const violations = groundingViolations(answer);
  for (const v of violations) why.push(`ungrounded ${v.missing}`);
  const answerWhy = why.filter((w) => !w.startsWith('not cited') && !w.startsWith('wrongly cited') && !w.startsWith('ungrounded'));
  return { c, crashed: false, correct: answerWhy.length === 0, citationOk, groundingViolations: violations.length, why };
}

export interface Row {
  group: string;
  n: number;
  correct: number;
  cited: number;
  citeN: number;
}

export interface EvalReport {
  results: CaseResult[];
  byKind: Row[];
  byLang: Row[];
  total: Row;
  accuracy: number;
  citationAccuracy: number;
  groundingViolations: number;
  crashes: number;
}

function rows(results: CaseResult[], key: (r: CaseResult) => string): Row[] {
  const m = new Map<string, Row>();
  for (const r of results) {
    const k = key(r);
    const row = m.get(k) ?? { group: k, n: 0, correct: 0, cited: 0, citeN: 0 };
    row.n++;
    if (r.correct) row.correct++;
    if (r.citationOk !== null) {
      row.citeN++;
      if (r.citationOk) row.cited++;
    }
    m.set(k, row);
  }
  return [...m.values()].sort((a, b) => a.group.localeCompare(b.group));
}

export function evaluate(engine: Engine, cases: EvalCase[]): EvalReport {
  const results = cases.map((c) => runCase(engine, c));
  const [total] = rows(results, () => 'all');
  return {
    results,
    byKind: rows(results, (r) => r.c.kind),
    byLang: rows(results, (r) => r.c.lang),
    total,
    accuracy: total.correct / total.n,
    citationAccuracy: total.citeN ? total.cited / total.citeN : 1,
    groundingViolations: results.reduce((n, r) => n + r.groundingViolations, 0),
    crashes: results.filter((r) => r.crashed).length,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '   —  ' : `${((a / b) * 100).toFixed(1).padStart(5)}%`);

export function formatReport(r: EvalReport): string {
  const table = (title: string, rs: Row[]) =>
    [
      `${title.padEnd(16)} ${'cases'.padStart(5)}  ${'answers'.padStart(7)}  ${'citations'.padStart(9)}`,
      ...rs.map((x) => `${x.group.padEnd(16)} ${String(x.n).padStart(5)}  ${pct(x.correct, x.n).padStart(7)}  ${pct(x.cited, x.citeN).padStart(9)}`),
    ].join('\n');
  const failing = r.results.filter((x) => !x.correct || x.citationOk === false || x.groundingViolations > 0 || x.crashed);
  return [
    table('by kind', r.byKind),
    '',
    table('by language', r.byLang),
    '',
    table('total', [r.total]),
    '',
    `answer accuracy ${(r.accuracy * 100).toFixed(1)}% · citation accuracy ${(r.citationAccuracy * 100).toFixed(1)}% · grounding violations ${r.groundingViolations} · crashes ${r.crashes}`,
    failing.length
      ? `\nfailing cases (${failing.length}):\n${failing.map((f) => `  ${f.c.id}  ${JSON.stringify(f.c.q.slice(0, 80))}\n      ${f.why.join('; ')}`).join('\n')}`
      : '\nno failing cases',
  ].join('\n');
}
