/**
 * Selection that ranks and never filters: every candidate report gets the
 * retrieval relevance of the question's words against all of its text
 * (headline, header lines, body, captions), bonuses for constraints its
 * metadata or text match (a year matches the meeting's year, the year it
 * reviews, a term that contains it, or a year the text names), and a penalty
 * only for a confident contradiction (it is about another province). Unknown
 * metadata is neutral.
 */
import type { Report } from '../model/report.ts';
import type { Corpus } from '../store/load.ts';
import type { Question } from '../model/question.ts';
import { documentFrequency, searchIndex } from '../search/query.ts';
import { foldKey } from '../text/normalize.ts';
import { byDate, reportUnits, hasSequence, periodYears } from './report-text.ts';
import { locateInIndex, reportWords } from './report-words.ts';
import { LIMITS } from '../limits.ts';

export interface RankedReport {
  report: Report;
  score: number;
  /** the part of the score that comes from the question's words */
  relevance: number;
  /** why this report cannot be the one asked about, when it confidently cannot */
  contradiction: string | null;
  /** people of the question this report names */
  people: string[];
  /** how many of the question's constraints (year, month, kind, province, people) its metadata meets */
  metaMatches: number;
}

/** Inverse document frequency of a folded word over the indexed passages. */
export function idfOf(corpus: Corpus, word: string): number {
  const n = Math.max(1, corpus.index.refs.length);
  const df = documentFrequency(corpus.index, word);
  if (df === 0) return 0;
  return Math.log(1 + n / df);
}

const BONUS = {
  /** shares of the question's total word weight */
  province: 0.35,
  provinceInText: 0.1,
  person: 0.4,
  year: 0.25,
  yearInText: 0.12,
  yearMismatch: 0.2,
  month: 0.12,
  monthInText: 0.2,
  kind: 0.2,
  office: 0.15,
  relative: 0.5,
  /** a contradicted report keeps this share of its score */
  contradicted: 0.25,
} as const;

/** Candidate reports: all of a small corpus; on a large one, those the index finds plus those the constraints name. */
function candidates(corpus: Corpus, q: Question): Report[] {
  if (corpus.reports.length <= LIMITS.scanAllReports) return corpus.reports;
  // Lunr's own order is enough to find candidates: the re-ranking (which reads every passage) is for showing passages.
  const ids = new Set(q.hits.map((h) => docOf(corpus, h.ref)));
  for (const p of q.people) {
    for (const h of searchIndex(corpus.index, { terms: p.key.map((k) => ({ text: k, folded: k, marked: false })), pairs: [] }, LIMITS.candidatePassages))
      ids.add(docOf(corpus, h.ref));
  }
  return corpus.reports.filter((r) => ids.has(r.id));
}

const OFFICE_OF: Record<string, RegExp> = { ubnd: /UBND|Ủy ban|Uỷ ban/u, hdnd: /HĐND|Hội đồng/u, 'tinh-uy': /Tỉnh ủy|Tỉnh uỷ|Thành ủy/u };

function docOf(corpus: Corpus, ref: string): string {
  return corpus.passages.get(ref)?.doc ?? ref.split('#')[0];
}

/** What one selector adds to a report's score (in units of the question's total word weight) and how many selectors it meets. */
interface Part {
  bonus: number;
  matches: number;
}

type Words = ReturnType<typeof reportWords>;

/** The places asked: the report's own province, else the place named in its text; another place contradicts. */
function places(r: Report, q: Question, words: Words['words']): Part & { contradiction: string | null } {
  let bonus = 0;
  for (const p of q.provinces) {
    if (r.province === p) bonus += BONUS.province;
    else if (words.has(foldKey(p).split(' ')[0]) && hasSequenceAnywhere(r, foldKey(p).split(' '))) bonus += BONUS.provinceInText;
  }
  let contradiction: string | null = null;
  if (q.provinces.length && r.province && !q.provinces.includes(r.province)) contradiction = `about ${r.province}`;
  // A report whose place is unknown is neutral only while its text names the place asked about somewhere.
  if (q.provinces.length && !r.province && !q.provinces.some((p) => hasSequenceAnywhere(r, foldKey(p).split(' ')))) contradiction = 'not about the place asked';
  const matches = q.provinces.length && r.province && q.provinces.includes(r.province) ? 1 : 0;
  return { bonus, matches, contradiction };
}

/** Why a report cannot be about the place the question asks (another province, or no word of it), or null. */
export function placeContradiction(r: Report, q: Question): string | null {
  return q.provinces.length ? places(r, q, reportWords(r).words).contradiction : null;
}

/** The years a report is about: the year it reviews first (a January meeting reviews the year before), else its meeting year or term. */
function years(r: Report, q: Question, words: Words['words']): Part {
  const part = { bonus: 0, matches: 0 };
  const about = periodYears(r);
  for (const y of q.years) {
    if (about.includes(y)) {
      part.bonus += BONUS.year;
      part.matches++;
    } else if (r.date.year === y || words.has(String(y))) part.bonus += BONUS.yearInText;
    else if (about.length) part.bonus -= BONUS.yearMismatch;
  }
  return part;
}

/** The term asked is the report's own term, or the term before the one a congress opens (the term it reports on). */
function term(r: Report, q: Question, pairs: Words['pairs']): Part {
  if (!q.u.term) return { bonus: 0, matches: 0 };
  const [a, b] = q.u.term.split('-').map(Number);
  const reviewed = r.kind === 'congress' && r.term !== null && Number(r.term.split('-')[0]) === b;
  if (r.term === q.u.term || reviewed) return { bonus: BONUS.year, matches: 1 };
  if (pairs.has(`${a} ${b}`)) return { bonus: BONUS.yearInText, matches: 0 };
  return { bonus: r.term ? -BONUS.yearMismatch : 0, matches: 0 };
}

function months(r: Report, q: Question, pairs: Words['pairs']): Part {
  const part = { bonus: 0, matches: 0 };
  for (const m of q.months) {
    if (r.date.month === m) {
      part.bonus += BONUS.month;
      part.matches++;
    } else if (pairs.has(`thang ${m}`)) {
      // "Trong tháng 11-2018, …": the period the report covers, written out; with the year, as good as a date.
      part.bonus += BONUS.monthInText;
      if (q.years.some((y) => pairs.has(`${m} ${y}`))) part.matches++;
    }
  }
  return part;
}

/** The office asked ("the People's Committee office"): met by the report's office, contradicted softly by another. */
function office(r: Report, q: Question): Part {
  if (!q.u.office || !r.office) return { bonus: 0, matches: 0 };
  return OFFICE_OF[q.u.office].test(r.office) ? { bonus: BONUS.office, matches: 1 } : { bonus: -BONUS.office, matches: 0 };
}

/** How much of the question's weighted words (and word pairs) the report holds. */
function relevanceOf(weights: Map<string, number>, pairs: (readonly [string, string])[], rw: Words): number {
  let relevance = 0;
  for (const [w, idf] of weights) if (rw.words.has(w)) relevance += idf * (rw.top.has(w) ? 1.3 : 1);
  for (const [a, b] of pairs) if (rw.pairs.has(`${a} ${b}`)) relevance += (0.5 * ((weights.get(a) ?? 0) + (weights.get(b) ?? 0))) / 2;
  return relevance;
}

function rankOne(r: Report, q: Question, weights: Map<string, number>, pairs: (readonly [string, string])[], total: number): RankedReport {
  const rw = reportWords(r);
  const relevance = relevanceOf(weights, pairs, rw);
  const place = places(r, q, rw.words);
  const people = q.people.filter((p) => hasSequenceAnywhere(r, p.key)).map((p) => p.name);
  // The kind is the parser's guess from the headline's words: a bonus, not a constraint met.
  const kind: Part = { bonus: q.u.kind && q.u.kind === r.kind ? BONUS.kind : 0, matches: 0 };
  const person: Part = { bonus: people.length * BONUS.person, matches: people.length };
  const parts = [place, years(r, q, rw.words), term(r, q, rw.pairs), months(r, q, rw.pairs), kind, office(r, q), person];
  let score = relevance + parts.reduce((sum, p) => sum + p.bonus, 0) * total;
  if (place.contradiction) score *= BONUS.contradicted;
  const metaMatches = parts.reduce((sum, p) => sum + p.matches, 0);
  return { report: r, score, relevance, contradiction: place.contradiction, people, metaMatches };
}

export function rankReports(corpus: Corpus, q: Question): RankedReport[] {
  locateInIndex(corpus);
  const weights = new Map(q.words.map((w) => [w, idfOf(corpus, w)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const pairs = q.query.pairs.map(([a, b]) => [a.folded, b.folded] as const);
  const out = candidates(corpus, q).map((r) => rankOne(r, q, weights, pairs, total));
  // "The latest congress", "the first conference": among the reports of that kind, the newest (or oldest) by date.
  if (q.u.relative) {
    const dated = out.filter((x) => !x.contradiction && x.report.date.iso && (!q.u.kind || x.report.kind === q.u.kind));
    dated.sort((a, b) => (a.report.date.iso as string).localeCompare(b.report.date.iso as string));
    const pick = q.u.relative === 'latest' ? dated[dated.length - 1] : dated[0];
    if (pick) {
      pick.score += BONUS.relative * total;
      pick.metaMatches++;
    }
  }
  return out.sort((a, b) => b.score - a.score || byDate(b.report, a.report));
}

function hasSequenceAnywhere(r: Report, key: string[]): boolean {
  // Most reports lack one of the words: a set lookup first, the token walk only when all are there.
  const { words, pairs } = reportWords(r);
  if (!key.every((k) => words.has(k))) return false;
  if (key.length === 2) return pairs.has(`${key[0]} ${key[1]}`);
  // Every adjacent pair must be there too before the sentences are read.
  for (let i = 1; i < key.length; i++) if (!pairs.has(`${key[i - 1]} ${key[i]}`)) return false;
  return reportUnits(r).some((u) => hasSequence(u.tokens, key) >= 0);
}
