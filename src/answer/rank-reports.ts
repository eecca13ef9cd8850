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
import { byDate, reportUnits, reportWords, hasSequence, periodYears } from './report-text.ts';
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

export function rankReports(corpus: Corpus, q: Question): RankedReport[] {
  const weights = new Map(q.words.map((w) => [w, idfOf(corpus, w)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const pairs = q.query.pairs.map(([a, b]) => [a.folded, b.folded] as const);
  const out: RankedReport[] = [];
  for (const r of candidates(corpus, q)) {
    const { words, pairs: rp, top } = reportWords(r);
    let relevance = 0;
    for (const [w, idf] of weights) if (words.has(w)) relevance += idf * (top.has(w) ? 1.3 : 1);
    for (const [a, b] of pairs) if (rp.has(`${a} ${b}`)) relevance += (0.5 * ((weights.get(a) ?? 0) + (weights.get(b) ?? 0))) / 2;
    let score = relevance;
    let contradiction: string | null = null;

    for (const p of q.provinces) {
      if (r.province === p) score += BONUS.province * total;
      else if (words.has(foldKey(p).split(' ')[0]) && hasSequenceAnywhere(r, foldKey(p).split(' '))) score += BONUS.provinceInText * total;
    }
    if (q.provinces.length && r.province && !q.provinces.includes(r.province)) contradiction = `about ${r.province}`;
    // A report whose place is unknown is neutral only while its text names the place asked about somewhere.
    if (q.provinces.length && !r.province && !q.provinces.some((p) => hasSequenceAnywhere(r, foldKey(p).split(' '))))
      contradiction = 'not about the place asked';

    let metaMatches = 0;
    for (const y of q.years) {
      // The years a report is about: the year it reviews first (a January meeting reviews the year before), else its meeting year or term.
      const about = periodYears(r);
      if (about.includes(y)) {
        score += BONUS.year * total;
        metaMatches++;
      } else if (r.date.year === y || words.has(String(y))) score += BONUS.yearInText * total;
      else if (about.length) score -= BONUS.yearMismatch * total;
    }
    if (q.u.term) {
      // The term asked is the report's own term, or the term before the one a congress opens (the term it reports on).
      const [a, b] = q.u.term.split('-').map(Number);
      const own = r.term === q.u.term;
      const reviewed = r.kind === 'congress' && r.term !== null && Number(r.term.split('-')[0]) === b;
      if (own || reviewed) {
        score += BONUS.year * total;
        metaMatches++;
      } else if (rp.has(`${a} ${b}`)) score += BONUS.yearInText * total;
      else if (r.term) score -= BONUS.yearMismatch * total;
    }
    for (const m of q.months) {
      if (r.date.month === m) {
        score += BONUS.month * total;
        metaMatches++;
      } else if (rp.has(`thang ${m}`)) {
        // "Trong tháng 11-2018, …": the period the report covers, written out; with the year, as good as a date.
        score += BONUS.monthInText * total;
        if (q.years.some((y) => rp.has(`${m} ${y}`))) metaMatches++;
      }
    }
    // The kind is the parser's guess from the headline's words: a bonus, not a constraint met.
    if (q.u.kind && q.u.kind === r.kind) score += BONUS.kind * total;
    if (q.provinces.length && r.province && q.provinces.includes(r.province)) metaMatches++;
    // The office asked ("the People's Committee office"): met by the report's office, contradicted softly by another.
    if (q.u.office && r.office) {
      if (OFFICE_OF[q.u.office].test(r.office)) {
        score += BONUS.office * total;
        metaMatches++;
      } else score -= BONUS.office * total;
    }

    const people = q.people.filter((p) => hasSequenceAnywhere(r, p.key)).map((p) => p.name);
    score += people.length * BONUS.person * total;
    metaMatches += people.length;

    if (contradiction) score *= BONUS.contradicted;
    out.push({ report: r, score, relevance, contradiction, people, metaMatches });
  }
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
  return reportUnits(r).some((u) => hasSequence(u.tokens, key) >= 0);
}
