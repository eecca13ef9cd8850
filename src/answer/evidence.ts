/**
 * Evidence inside a report, ranked for what the question asks: sentences with
 * attendance or chair cue words, date expressions, a number next to the
 * counted noun, a named person, or simply the most of the question's words.
 * Each piece of evidence says which part of its sentence to quote.
 */
import type { Report } from '../model/report.ts';
import type { Question } from '../model/question.ts';
import type { TextUnit } from './report-text.ts';
import { reportUnits, reportWords, hasSequence, unitDates, unitNames, unitNumbers } from './report-text.ts';
import {
  documentRefs,
  evidenceCues,
  findPhrases,
  questionCuePositions,
  questionHasEvidenceCue,
  titleLinkLength,
  NUMBER_WORDS,
  UNITS,
  type EvidenceCue,
  type PhraseHit,
} from '../lexicon/lexicon.ts';
import type { ParsedNumber } from '../text/numbers.ts';
import { titleAt, titleBefore } from '../facts/people.ts';
import { LIMITS } from '../limits.ts';
import { foldKey, tokenize } from '../text/normalize.ts';

export interface Evidence {
  unit: TextUnit;
  score: number;
  /** the part of unit.text to quote */
  from: number;
  to: number;
  /** the part that carries the evidence (a cue word, a number, a date, a name) */
  markFrom: number;
  markTo: number;
  /** the number, for figures */
  number?: ParsedNumber;
  /** the cue kind that carried it */
  cue?: string;
  /** for figures: how well the counted noun matched (1 and above: the noun asked) */
  unitScore?: number;
}

export interface Weights {
  words: Map<string, number>;
  total: number;
  /** adjacent question words ("chu tich", "ban chap"): a phrase is worth more than its words apart */
  pairs?: Set<string>;
  /** question words that stand in this report but not in its headline or lead: what the fact must mention */
  factWords?: Set<string>;
}

/**
 * The question's weights as seen from one report: words of its headline and
 * header lines identify the report (they are why it was chosen) and weigh less
 * in a sentence than the words that say which fact is asked. The fact's words
 * are the ones the user typed that the report holds outside its headline and lead.
 */
export function reportWeights(q: Question, r: Report, w: Weights): Weights {
  const { words: all, pairs: reportPairs, top, lead } = reportWords(r);
  const words = new Map<string, number>();
  const factWords = new Set<string>();
  const unitWords = new Set(q.units.flatMap((g) => [...g.vi, ...(g.parent ? [g.parent] : [])].flatMap((p) => p.folded)));
  // Only words the user typed must be in the fact's clause: translations and expansions are guesses, cue words ("tăng hay giảm") ask, they do not name.
  const cueAt = questionCuePositions(q.asking);
  const typed = new Set(q.asking.filter((_, i) => !cueAt.has(i)).map((t) => t.folded));
  // A word the user typed inside a two-word term ("kỷ luật") must stand as that term: "pháp luật" is not "kỷ luật".
  // "năm 2019", "tháng 11": words of a time expression are judged with the period, not as the fact.
  const a = q.asking;
  const timeWord = (i: number) => /^(nam|thang|ngay|quy|dot)$/.test(a[i].folded) && /^\d+$/.test(a[i + 1]?.folded ?? '');
  const plain = (i: number) => !cueAt.has(i) && !timeWord(i) && !unitWords.has(a[i].folded) && !/^\d+$/.test(a[i].folded);
  for (let i = 1; i < a.length; i++) {
    const pair = `${a[i - 1].folded} ${a[i].folded}`;
    // The pair as a whole must be new to the headline and lead: "kỷ luật" is not the "nhiệm kỳ" of a headline.
    if (plain(i - 1) && plain(i) && reportPairs.has(pair) && !top.has(pair) && !lead.has(pair)) factWords.add(pair);
  }
  a.forEach((t, i) => {
    if (!plain(i)) typed.delete(t.folded);
  });
  const inPairs = new Set([...factWords].flatMap((p) => p.split(' ')));
  for (const [k, v] of w.words) {
    const context = top.has(k);
    words.set(k, context ? v * LIMITS.contextWordWeight : v);
    if (inPairs.has(k)) continue;
    // The lead names the meeting too ("tại Kỳ họp thứ 7 …"): its words do not have to be in the fact's sentence.
    // Numbers are days, months, years and ordinals, which the date, the period and the report's rank already judge.
    if (!context && !lead.has(k) && all.has(k) && !unitWords.has(k) && typed.has(k) && !/^\d+$/.test(k) && v > 0) factWords.add(k);
  }
  const pairs = new Set(q.query.pairs.map(([a, b]) => `${a.folded} ${b.folded}`));
  return { words, total: w.total, pairs, factWords };
}

/** Share of the question's word weight a token list holds (about 0…1), with a bonus for its phrases. */
export function coverage(tokens: { folded: string }[], w: Weights): number {
  const seen = new Set<string>();
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && w.pairs?.has(`${tokens[i - 1].folded} ${t.folded}`) && !seen.has(`${tokens[i - 1].folded} ${t.folded}`)) {
      seen.add(`${tokens[i - 1].folded} ${t.folded}`);
      sum += 0.25 * ((w.words.get(tokens[i - 1].folded) ?? 0) + (w.words.get(t.folded) ?? 0));
    }
    if (seen.has(t.folded)) continue;
    seen.add(t.folded);
    sum += w.words.get(t.folded) ?? 0;
  }
  return sum / (w.total || 1);
}

/** True when the tokens hold a fact word of the question, or the question has none for this report. */
function mentionsFact(tokens: { folded: string }[], w: Weights): boolean {
  if (!w.factWords || w.factWords.size === 0) return true;
  return tokens.some((t, i) => w.factWords!.has(t.folded) || (i > 0 && w.factWords!.has(`${tokens[i - 1].folded} ${t.folded}`)));
}

const CUES = new WeakMap<TextUnit, Map<EvidenceCue, PhraseHit[]>>();

/**
 * A sentence's cue words of a kind, minus those a longer word explains ("dự
 * thảo", "dự kiến" are not "dự"): they do not depend on the question, so they
 * are read once per sentence.
 */
function cues(u: TextUnit, cue: EvidenceCue): PhraseHit[] {
  let byCue = CUES.get(u);
  if (!byCue) CUES.set(u, (byCue = new Map()));
  let hits = byCue.get(cue);
  if (!hits) byCue.set(cue, (hits = readCues(u, cue)));
  return hits;
}

function readCues(u: TextUnit, cue: EvidenceCue): PhraseHit[] {
  const hits = evidenceCues(u.tokens, cue, true);
  if (cue !== 'attendance') return hits;
  // "bầu đoàn đại biểu dự Đại hội cấp trên": delegates elected to a later congress, not guests of this one.
  return hits.filter((h) => !(h.phrase === 'dự' && u.tokens[h.at - 1]?.text === 'biểu' && u.tokens.slice(0, h.at).some((t) => t.text === 'bầu')));
}
const TITLE_WORD = /(Chủ tịch|Bí thư|Giám đốc|Chánh|Trưởng|Phó|Thủ trưởng|lãnh đạo|đồng chí)/u;

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

function piece(u: TextUnit, score: number, markFrom: number, markTo: number, max?: number, extra: Partial<Evidence> = {}): Evidence {
  const [from, to] = quoteBounds(u.text, markFrom, markTo, max);
  return { unit: u, score, from, to, markFrom, markTo, ...extra };
}

/**
 * A figure's quote: its own clause between semicolons, however short the
 * sentence ("…thông qua 18 nghị quyết; có 45 lượt đại biểu chất vấn…" quotes
 * the 45 with its clause), cut further only when that clause is long.
 */
function figurePiece(u: TextUnit, score: number, n: ParsedNumber, extra: Partial<Evidence>): Evidence {
  const before = u.text.lastIndexOf(';', n.start);
  const after = u.text.indexOf(';', n.end);
  const a = before >= 0 ? before + 1 : 0;
  const b = after >= 0 ? after : u.text.length;
  const clause = u.text.slice(a, b);
  const [from, to] = quoteBounds(clause, n.start - a, n.end - a, LIMITS.figureQuoteMaxChars);
  const lead = clause.slice(from).match(/^\s*/)?.[0].length ?? 0;
  return { unit: u, score, from: a + from + lead, to: a + to, markFrom: n.start, markTo: n.end, ...extra };
}

const roleWeight = (u: TextUnit) => (u.role === 'body' ? 1 : u.role === 'headline' ? 0.9 : u.role === 'caption' ? 0.7 : 0.3);

function cueEvidence(q: Question, r: Report, w: Weights, cue: EvidenceCue, max: number): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    const hits = cues(u, cue);
    if (!hits.length) continue;
    const names = unitNames(u).length;
    // Chairing is done by someone: "Văn phòng … chủ trì, phối hợp" is an office taking the lead, not a chair.
    if (cue === 'chair' && names === 0 && !TITLE_WORD.test(u.text)) continue;
    const c = coverage(u.tokens, w);
    const first = u.tokens[hits[0].at];
    const last = u.tokens[hits[hits.length - 1].at + hits[hits.length - 1].length - 1];
    const people = q.people.some((p) => hasSequence(u.tokens, p.key) >= 0) ? 0.8 : 0;
    const score = (1 + 2.5 * c + Math.min(names, 6) * 0.08 + people) * roleWeight(u);
    out.push(piece(u, score, first.start, last.start + last.length, max, { cue }));
  }
  return out.sort((a, b) => b.score - a.score);
}

export function attendanceEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  // Attendee lists are quoted whole: a name cut off is a name lost.
  return cueEvidence(q, r, w, 'attendance', LIMITS.listQuoteMaxChars);
}

/**
 * The sentence after an attendee list that goes on with it ("Về phía tỉnh có
 * các đồng chí: …", "Tham dự còn có …", "Cùng dự …"), or null.
 */
export function listContinuation(r: Report, e: Evidence): Evidence | null {
  if (!e.unit.passage) return null;
  const units = reportUnits(r);
  const next = units[units.indexOf(e.unit) + 1];
  if (!next || next.passage !== e.unit.passage) return null;
  if (
    !/^(Về phía|Cùng dự|Cùng tham dự|Tham dự còn có|Dự còn có|Còn có|Ngoài ra còn có|Phía)/u.test(next.text) &&
    !/^[^.]{0,40}có các đồng chí/u.test(next.text)
  )
    return null;
  return piece(next, e.score, 0, next.text.length, LIMITS.listQuoteMaxChars, { cue: 'attendance' });
}

export function chairEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  return cueEvidence(q, r, w, 'chair', LIMITS.quoteMaxChars);
}

/** Sentences where someone directed, spoke or presented: what to show when the asked role is not stated. */
export function directionEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  return cueEvidence(q, r, w, 'direction', LIMITS.quoteMaxChars).filter((e) => unitNames(e.unit).length > 0);
}

export function dateEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    const c = coverage(u.tokens, w);
    const held = cues(u, 'held').length ? 0.4 : 0;
    const lead = r.passages[0] && u.passage === r.passages[0] ? 0.3 : 0;
    for (const d of unitDates(u)) {
      if (isDocumentDate(u, d.start)) continue;
      const score = (1.2 + 2.5 * c + held + lead + (d.year !== null ? 0.1 : 0)) * roleWeight(u);
      out.push(piece(u, score, d.start, d.end, LIMITS.quoteMaxChars, { cue: 'date' }));
    }
    if (q.asksYear) {
      for (const m of u.text.matchAll(/(?<![\p{L}\p{N}/.-])(?:năm\s+)?((?:19|20)\d\d)(?![\p{N}/-])/gu)) {
        const at = m.index ?? 0;
        const score = (1 + 2.5 * c + (cues(u, 'birth').length ? 0.6 : 0)) * roleWeight(u);
        out.push(piece(u, score, at, at + m[0].length, LIMITS.quoteMaxChars, { cue: 'year' }));
      }
    }
  }
  return best(out);
}

/** "Nghị quyết số 02/NQ-CP ngày 05/01/2024": the date of a document, not of the meeting. */
function isDocumentDate(u: TextUnit, at: number): boolean {
  const before = u.tokens.filter((t) => t.start < at && t.start >= at - LIMITS.documentDateReach);
  if (!before.length) return false;
  const hits = documentRefs(before);
  if (!hits.length) return false;
  // Only when no clause break stands between the document's name and the date.
  const last = before[hits[hits.length - 1].at];
  return !/[;.]|,\s+(?:sáng|chiều|tối|ngày)/iu.test(u.text.slice(last.start, at));
}

/** Keep the best evidence per sentence. */
function best(list: Evidence[]): Evidence[] {
  const byUnit = new Map<TextUnit, Evidence>();
  for (const e of list) {
    const seen = byUnit.get(e.unit);
    if (!seen || e.score > seen.score) byUnit.set(e.unit, e);
  }
  return [...byUnit.values()].sort((a, b) => b.score - a.score);
}

const COUNTING = new WeakMap<TextUnit, ParsedNumber[]>();

/** Numbers in a sentence that can count something — not years, dates, ordinals or document numbers (read once per sentence). */
function countingNumbers(u: TextUnit): ParsedNumber[] {
  let v = COUNTING.get(u);
  if (!v) COUNTING.set(u, (v = readCountingNumbers(u)));
  return v;
}

function readCountingNumbers(u: TextUnit): ParsedNumber[] {
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

/** How well the noun after (or just before) a number is the one asked about; 0 when it is another. */
function unitMatch(q: Question, u: TextUnit, n: ParsedNumber): number {
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
        !UNITS.some((g) => g !== groups[gi] && g.parent?.text === parent.text && findPhrases(window, g.vi, false).some((h) => h.at <= 1))
      ) {
        // "lượng văn bản đến … ở mức gần 3 vạn văn bản": the specific noun earlier in the clause says which documents.
        const earlier = clauseTokens(u, n).filter((t) => t.start < n.start);
        return findPhrases(earlier, groups[gi].vi, false).length ? value : value * LIMITS.parentUnitShare;
      }
    }
    // The question's own noun is a preference, not a gate: unmatched, the number still counts something.
    if (groups[gi].adhoc) return after >= 0 && /^\p{L}/u.test(u.tokens[after].text) ? 0.4 : 0.1;
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

const PASSAGE_TOKENS = new WeakMap<object, ReturnType<typeof tokenize>>();

/** Tokens of the whole paragraph a sentence is in. */
function passageTokens(u: TextUnit): ReturnType<typeof tokenize> {
  const p = u.passage!;
  let t = PASSAGE_TOKENS.get(p);
  if (!t) {
    t = tokenize(p.text);
    PASSAGE_TOKENS.set(p, t);
  }
  return t;
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
function clauseTokens(u: TextUnit, n: ParsedNumber): TextUnit['tokens'] {
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

export function countEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    const numbers = countingNumbers(u);
    if (numbers.length === 0) continue;
    const sentence = coverage(u.tokens, w);
    const change = q.intent === 'compare' && cues(u, 'change').length > 0;
    const paragraph = u.passage ? LIMITS.paragraphWeight * coverage(passageTokens(u), w) : 0;
    for (const n of numbers) {
      const um = unitMatch(q, u, n);
      if (um === 0) continue;
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

/** Sentences that name one of the question's people, ranked by the rest of the question's words. */
export function personEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    for (const p of q.people) {
      const at = hasSequence(u.tokens, p.key);
      if (at < 0) continue;
      const c = coverage(u.tokens, w);
      const start = u.tokens[at].start;
      const lastTok = u.tokens[at + p.key.length - 1];
      // A title right before or after the name ("Bí thư Tỉnh ủy Nguyễn Đức Trung", "…, Chủ tịch UBND tỉnh").
      const around = u.text.slice(Math.max(0, start - 40), lastTok.start + lastTok.length + 50);
      const titled = /(Bí thư|Chủ tịch|Phó|Trưởng|Giám đốc|Chánh|Ủy viên|Uỷ viên|Thủ tướng|Tổng|Đại biểu|Thứ trưởng|Bộ trưởng)/u.test(around) ? 0.5 : 0;
      const score = (1 + 2.5 * c + titled) * roleWeight(u);
      out.push(piece(u, score, start, lastTok.start + lastTok.length, LIMITS.quoteMaxChars, { cue: 'person' }));
    }
  }
  return best(out);
}

/** Sentences that name someone together with a title the question asks about ("Chủ tịch UBND tỉnh Võ Văn Minh"). */
export function holderEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  const asked = new Set([...q.tokens.map((t) => t.folded), ...q.words]);
  for (const u of reportUnits(r)) {
    if (u.role === 'header') continue;
    if (!q.titles.some((t) => hasSequence(u.tokens, t) >= 0)) continue;
    // Each name with the title the sentence gives it ("Võ Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
    // "Chủ tịch UBND tỉnh Lê Đình Sơn"), one part of which must begin with the asked title.
    for (const n of unitNames(u)) {
      // "Trần Văn Lực được bầu làm Bí thư Đảng ủy": the title may follow a linking phrase.
      const link = titleLinkLength(u.text.slice(n.end, n.end + 40));
      const after = titleAt(u.text, n.end + link);
      const title = after?.title ?? titleBefore(u.text, n.start);
      if (!title) continue;
      const parts = title.split(/\s*,\s*/).map((p) => foldKey(p).split(' '));
      // The part begins with the asked title ("Phó Chủ tịch" does not); it fits fully when what follows is in the question's
      // own words ("Chủ tịch Đoàn Chủ tịch Đại hội"), less when it only narrows it ("Bí thư Đảng ủy" for "Party Secretary").
      const titleFit = (part: string[], t: string[]) =>
        !t.every((x, i) => part[i] === x) ? 0 : part.slice(t.length).every((x) => asked.has(x)) ? 1 : LIMITS.narrowerTitleFit;
      const fitness = Math.max(0, ...q.titles.flatMap((t) => parts.map((part) => titleFit(part, t))));
      if (fitness === 0) continue;
      const from = after ? n.start : Math.max(0, n.start - title.length - 1);
      const to = after ? after.end : n.end;
      const score = fitness * (1.5 + 2 * coverage(u.tokens, w)) * roleWeight(u);
      out.push(piece(u, score, from, to, LIMITS.quoteMaxChars, { cue: 'holder' }));
    }
  }
  return best(out);
}

/** The sentences that hold the most of the question's words. */
export function textEvidence(q: Question, r: Report, w: Weights): Evidence[] {
  const out: Evidence[] = [];
  // "Who received…", "Ai là…": a sentence that names someone answers better than one that does not.
  const who = /\b(who|whom|ai)\b/.test(q.u.folded);
  const award = questionHasEvidenceCue(q.tokens, 'award') || /\b(badge|award|medal|flag|commend)/.test(q.u.folded);
  for (const u of reportUnits(r)) {
    const c = coverage(u.tokens, w);
    if (c === 0) continue;
    const names = who && unitNames(u).length > 0 ? LIMITS.whoNameBonus : 0;
    const awarded = award && cues(u, 'award').length > 0 ? LIMITS.whoNameBonus : 0;
    const hit = u.tokens.find((t) => w.words.has(t.folded)) ?? u.tokens[0];
    out.push(piece(u, (c + names + awarded) * roleWeight(u), hit.start, hit.start + hit.length, LIMITS.quoteMaxChars, { cue: 'words' }));
  }
  return out.sort((a, b) => b.score - a.score);
}
