/**
 * Evidence for a count: sentences with a counting number (not a year, a
 * date or a document number), scored by how well the words around it match
 * the unit the question asks about; planned and changed figures marked.
 */
import type { Passage, Report } from '../../model/report.ts';
import type { Question } from '../../model/question.ts';
import type { TextUnit } from '../report-text.ts';
import { reportUnits, unitDates, unitNumbers } from '../report-text.ts';
import { evidenceCues, findPhrases, NUMBER_WORDS, UNITS } from '../../lexicon/lexicon.ts';
import type { ParsedNumber } from '../../text/numbers.ts';
import { LIMITS } from '../../limits.ts';
import { type Evidence, type Weights, coverage, mentionsFact, roleWeight } from './weights.ts';
import { quoteBounds, figurePiece } from './quote-bounds.ts';
import { cues } from './cues.ts';

export const COUNTING = new WeakMap<TextUnit, ParsedNumber[]>();

/** Numbers in a sentence that can count something — not years, dates, ordinals or document numbers (read once per sentence). */
export function countingNumbers(u: TextUnit): ParsedNumber[] {
  let v = COUNTING.get(u);
  if (!v) COUNTING.set(u, (v = readCountingNumbers(u)));
  return v;
}

export function readCountingNumbers(u: TextUnit): ParsedNumber[] {
  const dates = unitDates(u);
  const out: ParsedNumber[] = [];
  for (const n of unitNumbers(u)) {
    if (dates.some((d) => n.start < d.end && d.start < n.end)) continue;
    const before = u.text.slice(Math.max(0, n.start - 12), n.start).toLowerCase();
    const after = u.text.slice(n.end, n.end + 3);
    if (/(thứ|số|khóa|khoá|lần|năm|nhiệm kỳ|giai đoạn|ngày|tháng)\s*$/u.test(before) && !/%/.test(n.raw)) continue;
    if (/^\s*[-–/]\s*\d/u.test(after) || /^[/-]\p{Lu}/u.test(after)) continue; // "2020 - 2025", "15/CTr"
    if (Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && !n.qualifier && !/\./.test(n.raw)) continue;
    out.push(n);
  }
  // Number words right before a noun ("ba đảng viên"): counted like digits.
  u.tokens.forEach((t, i) => {
    const v = NUMBER_WORDS.get(t.text);
    if (v === undefined || i + 1 >= u.tokens.length) return;
    if (t.text === 'năm' || t.text === 'tư') return; // "năm" is mostly "year", "tư" mostly "private/fourth"
    out.push({ raw: t.text, value: v, percent: false, qualifier: null, start: t.start, end: t.start + t.length });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The units under one general noun ("văn bản đến", "văn bản đi" under "văn bản"), by that noun's text. */
const SIBLINGS = new Map<string, typeof UNITS>();
for (const g of UNITS) if (g.parent) SIBLINGS.set(g.parent.text, [...(SIBLINGS.get(g.parent.text) ?? []), g]);
const siblingsOf = (parent: string) => SIBLINGS.get(parent) ?? [];

/** How well the noun after (or just before) a number is the one asked about; 0 when it is another. */
export function unitMatch(q: Question, u: TextUnit, n: ParsedNumber): number {
  const after = u.tokens.findIndex((t) => t.start >= n.end);
  const groups = q.units;
  // "100% cán bộ, đảng viên" is a share, not a count: a percentage answers only a question about percentages.
  if (n.percent && !groups.some((g) => g.vi.some((p) => p.text === '%'))) return 0;
  // "5 tháng đầu năm", "3 ngày làm việc": a span of time, a count only when days or months are what is asked.
  const span = /^\s*(tháng|năm|ngày|giờ|quý|tuần|buổi)(?![\p{L}])/u.test(u.text.slice(n.end, n.end + 8));
  if (span && !groups.some((g) => g.time)) return 0;
  if (groups.length === 0) return after >= 0 && /^\p{L}/u.test(u.tokens[after].text) ? 0.4 : 0.1;
  for (let gi = 0; gi < groups.length; gi++) {
    const value = gi === 0 ? 1.6 : 1.1;
    if (n.percent && groups[gi].vi.some((p) => p.text === '%')) return value;
    if (after >= 0) {
      // The noun follows at once, or after a scale or a classifier ("3 vạn văn bản", "53 lượt ý kiến").
      const window = u.tokens.slice(after, after + 4);
      // A noun the lexicon does not know, taken from the question as typed: matched without accents when typed without.
      const hits = findPhrases(window, groups[gi].vi, Boolean(groups[gi].adhoc));
      if (hits.some((h) => h.at === 0)) return value;
      if (hits.some((h) => h.at <= 2)) return value * 0.8;
      // The bare general noun ("ban hành 16.486 văn bản" for "văn bản đi"), unless a sibling follows it ("văn bản đến").
      const parent = groups[gi].parent;
      if (
        parent &&
        findPhrases(window, [parent], false).some((h) => h.at <= 1) &&
        !siblingsOf(parent.text).some((g) => g !== groups[gi] && findPhrases(window, g.vi, false).some((h) => h.at <= 1))
      ) {
        // "lượng văn bản đến … ở mức gần 3 vạn văn bản": the specific noun earlier in the clause says which documents.
        const earlier = clauseTokens(u, n).filter((t) => t.start < n.start);
        return findPhrases(earlier, groups[gi].vi, false).length ? value : value * LIMITS.parentUnitShare;
      }
    }
    // The question's own noun is a preference, not a gate: unmatched, the number still counts something.
    // … but the clause must name it somewhere ("45 tập thể được tặng giấy khen" counts giấy khen); a clause about another noun does not count it.
    if (groups[gi].adhoc) return findPhrases(clauseTokens(u, n), groups[gi].vi, true).length ? 0.4 : 0;
    const beforeIdx = u.tokens.findIndex((t) => t.start >= n.start);
    const from = Math.max(0, (beforeIdx < 0 ? u.tokens.length : beforeIdx) - LIMITS.unitBeforeReach);
    const windowBefore = u.tokens.slice(from, beforeIdx < 0 ? u.tokens.length : beforeIdx);
    if (findPhrases(windowBefore, groups[gi].vi, false).length && /(là|:|gồm|đạt)\s*$/u.test(u.text.slice(Math.max(0, n.start - 8), n.start)))
      return value * 0.7;
  }
  // Another counted noun ("25 đơn vị" where "tập thể" was asked): a weak match the rest of the clause must carry.
  if (q.intent === 'compare' && after >= 0 && UNITS.some((g) => findPhrases(u.tokens.slice(after, after + 2), g.vi, false).some((h) => h.at === 0)))
    return LIMITS.otherUnitMatch;
  return 0;
}

/**
 * Tokens of each body paragraph of a report, from its sentences' tokens (the sentences cut a paragraph between
 * words, so the sequence is the paragraph's own): kept with the report's units, and let go with them. Kept by
 * paragraph for the life of the corpus, every paragraph a question ever read stayed tokenised.
 */
const PARAGRAPH_TOKENS = new WeakMap<TextUnit[], Map<Passage, TextUnit['tokens']>>();

export function paragraphTokens(units: TextUnit[]): Map<Passage, TextUnit['tokens']> {
  let m = PARAGRAPH_TOKENS.get(units);
  if (!m) {
    m = new Map();
    for (const u of units) {
      if (!u.passage) continue;
      const had = m.get(u.passage);
      if (had) had.push(...u.tokens);
      else m.set(u.passage, [...u.tokens]);
    }
    PARAGRAPH_TOKENS.set(units, m);
  }
  return m;
}

/** The figure's own clause is a plan or a target ("dự kiến", "phấn đấu"), not a result. */
export function isPlanned(e: Evidence): boolean {
  if (!e.number) return false;
  return evidenceCues(clauseTokens(e.unit, e.number), 'plan').length > 0;
}

/** The figure's own clause states a change ("nhận 212 đơn, giảm 54 đơn"), not just its sentence. */
export function statesChange(e: Evidence): boolean {
  if (!e.number) return false;
  return evidenceCues(clauseTokens(e.unit, e.number), 'change').length > 0;
}

/**
 * The clause a number stands in, for judging what it counts: the part of the
 * sentence between semicolons or colons around it ("kết nạp 8 đảng viên mới, …;
 * không có … bị kỷ luật" — the 8 are not the disciplined), cut further at
 * commas when long.
 */
export function clauseTokens(u: TextUnit, n: ParsedNumber): TextUnit['tokens'] {
  const t = u.text;
  let a = 0;
  let b = t.length;
  for (const m of t.matchAll(/[;]\s*|:\s+/g)) {
    const at = m.index ?? 0;
    // "Kinh tế - ngân sách: 76 lượt ý kiến": a short label before a colon says what the number counts.
    if (at < n.start && m[0].startsWith(':') && at - a <= LIMITS.labelMaxChars) continue;
    if (at < n.start) a = at + m[0].length;
    else if (at >= n.end) {
      b = at;
      break;
    }
  }
  if (b - a > LIMITS.clauseMaxChars) [a, b] = quoteBounds(t.slice(a, b), n.start - a, n.end - a, LIMITS.clauseMaxChars).map((x) => x + a) as [number, number];
  return u.tokens.filter((tok) => tok.start >= a && tok.start < b);
}

/** The first words (folded) of the nouns a question counts: a sentence without one cannot count them (unitMatch below 1). */
const ASKED_FIRST_WORDS = new WeakMap<Question, Set<string>>();
function askedFirstWords(q: Question): Set<string> {
  let s = ASKED_FIRST_WORDS.get(q);
  if (!s) ASKED_FIRST_WORDS.set(q, (s = new Set(q.units.flatMap((g) => g.vi.map((p) => p.folded[0]).filter((w): w is string => Boolean(w))))));
  return s;
}

/**
 * Figures in a report, best first. With `askedNounOnly`, only figures of the
 * noun asked itself (unitScore 1 and above; no percentages): sentences that
 * do not name it are not read (a trend reads dozens of reports for one noun).
 */
export function countEvidence(q: Question, r: Report, w: Weights, askedNounOnly = false): Evidence[] {
  const out: Evidence[] = [];
  const first = askedNounOnly ? askedFirstWords(q) : null;
  // A paragraph's coverage is the same for each of its sentences: computed once.
  const paragraphs = new Map<object, number>();
  const units = reportUnits(r);
  for (const u of units) {
    if (u.role === 'header') continue;
    if (first && !u.tokens.some((t) => first.has(t.folded))) continue;
    const numbers = countingNumbers(u);
    if (numbers.length === 0) continue;
    // Scored only once a number counts the noun asked: most sentences with numbers count something else.
    let sentence = -1;
    let change = false;
    let paragraph = 0;
    for (const n of numbers) {
      if (first && n.percent) continue;
      const um = unitMatch(q, u, n);
      if (um === 0 || (first && um < 1)) continue;
      if (sentence < 0) {
        sentence = coverage(u.tokens, w);
        change = q.intent === 'compare' && cues(u, 'change').length > 0;
        if (u.passage) {
          let c = paragraphs.get(u.passage);
          if (c === undefined) paragraphs.set(u.passage, (c = coverage(paragraphTokens(units).get(u.passage) ?? u.tokens, w)));
          paragraph = LIMITS.paragraphWeight * c;
        }
      }
      const ct = clauseTokens(u, n);
      // "83 người" answers "how many people were elected to the Executive Committee" only if it says so.
      // For a comparison, a change stated next to the counted noun ("nhận 212 đơn, giảm 54 đơn") is the fact asked.
      // A duration asked and found ("mấy ngày" … "3 ngày") is the fact itself.
      const duration = um >= 1 && q.units.some((g) => g.time);
      if (!duration && !mentionsFact(ct, w) && !(q.intent === 'compare' && um >= 1 && evidenceCues(ct, 'change').length > 0)) continue;
      const clause = coverage(ct, w);
      const yearHere = q.years.some((y) => u.text.includes(String(y))) ? 0.3 : 0;
      const compare = change ? 0.8 : 0;
      // The lead states a report's main figures; the paragraph around a sentence says which event it belongs to.
      const lead = u.passage !== null && u.passage === r.passages[0] ? LIMITS.leadBonus : 0;
      const score = (1 + um + 2.2 * clause + 1.2 * sentence + paragraph + yearHere + compare + lead) * roleWeight(u);
      out.push(figurePiece(u, score, n, { number: n, cue: 'number', unitScore: um }));
    }
  }
  return out.sort((a, b) => b.score - a.score);
}
