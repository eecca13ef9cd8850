/**
 * The shape of a piece of evidence, and how a report's words weigh: words
 * the question shares with few reports count more; a sentence's score is the
 * weighted share of the question it covers.
 */
import type { Report } from '../../model/report.ts';
import type { Question } from '../../model/question.ts';
import type { TextUnit } from '../report-text.ts';
import { reportWords } from '../report-words.ts';
import { questionCuePositions } from '../../lexicon/lexicon.ts';
import type { ParsedNumber } from '../../text/numbers.ts';
import { LIMITS } from '../../limits.ts';

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
  const { unitWords, typed, typedPairs } = questionSide(q);
  for (const pair of typedPairs) {
    // The pair as a whole must be new to the headline and lead: "kỷ luật" is not the "nhiệm kỳ" of a headline.
    if (reportPairs.has(pair) && !top.has(pair) && !lead.has(pair)) factWords.add(pair);
  }
  const inPairs = new Set([...factWords].flatMap((p) => p.split(' ')));
  for (const [k, v] of w.words) {
    const context = top.has(k);
    words.set(k, context ? v * LIMITS.contextWordWeight : v);
    if (inPairs.has(k)) continue;
    // The lead names the meeting too ("tại Kỳ họp thứ 7 …"): its words do not have to be in the fact's sentence.
    // Numbers are days, months, years and ordinals, which the date, the period and the report's rank already judge.
    if (!context && !lead.has(k) && all.has(k) && !unitWords.has(k) && typed.has(k) && !/^\d+$/.test(k) && v > 0) factWords.add(k);
  }
  return { words, total: w.total, pairs: questionPairs(q), factWords };
}

interface QuestionSide {
  /** the counted nouns' words */
  unitWords: Set<string>;
  /** words the user typed that can name the fact */
  typed: Set<string>;
  /** adjacent typed words that can name the fact as a two-word term */
  typedPairs: string[];
}

/** The part of reportWeights that depends on the question alone: read once per question, not once per report it weighs. */
const QUESTION_SIDE = new WeakMap<Question, QuestionSide>();
function questionSide(q: Question): QuestionSide {
  const had = QUESTION_SIDE.get(q);
  if (had) return had;
  const unitWords = new Set(q.units.flatMap((g) => [...g.vi, ...(g.parent ? [g.parent] : [])].flatMap((p) => p.folded)));
  // Only words the user typed must be in the fact's clause: translations and expansions are guesses, cue words ("tăng hay giảm") ask, they do not name.
  const cueAt = questionCuePositions(q.asking);
  const typed = new Set(q.asking.filter((_, i) => !cueAt.has(i)).map((t) => t.folded));
  // A word the user typed inside a two-word term ("kỷ luật") must stand as that term: "pháp luật" is not "kỷ luật".
  // "năm 2019", "tháng 11": words of a time expression are judged with the period, not as the fact.
  const a = q.asking;
  const timeWord = (i: number) => /^(nam|thang|ngay|quy|dot)$/.test(a[i].folded) && /^\d+$/.test(a[i + 1]?.folded ?? '');
  const plain = (i: number) => !cueAt.has(i) && !timeWord(i) && !unitWords.has(a[i].folded) && !/^\d+$/.test(a[i].folded);
  const typedPairs: string[] = [];
  for (let i = 1; i < a.length; i++) if (plain(i - 1) && plain(i)) typedPairs.push(`${a[i - 1].folded} ${a[i].folded}`);
  a.forEach((t, i) => {
    if (!plain(i)) typed.delete(t.folded);
  });
  const side = { unitWords, typed, typedPairs };
  QUESTION_SIDE.set(q, side);
  return side;
}

const QUESTION_PAIRS = new WeakMap<Question, Set<string>>();
function questionPairs(q: Question): Set<string> {
  let p = QUESTION_PAIRS.get(q);
  if (!p) QUESTION_PAIRS.set(q, (p = new Set(q.query.pairs.map(([a, b]) => `${a.folded} ${b.folded}`))));
  return p;
}

/** The first words of a weights' pairs: a token pair is looked up (and its key built) only after one of these. */
const PAIR_HEADS = new WeakMap<Set<string>, Set<string>>();
function pairHeads(pairs: Set<string>): Set<string> {
  let h = PAIR_HEADS.get(pairs);
  if (!h) PAIR_HEADS.set(pairs, (h = new Set([...pairs].map((p) => p.slice(0, p.indexOf(' '))))));
  return h;
}

/** Share of the question's word weight a token list holds (about 0…1), with a bonus for its phrases. */
export function coverage(tokens: { folded: string }[], w: Weights): number {
  // Called for every sentence and paragraph a question reads: no key is built for a word that cannot count, and the
  // few words matched are remembered in small arrays rather than a set made per call.
  const heads = w.pairs?.size ? pairHeads(w.pairs) : null;
  let seenWords: string[] | null = null;
  let seenPairs: string[] | null = null;
  let sum = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].folded;
    if (heads !== null && i > 0) {
      const prev = tokens[i - 1].folded;
      if (heads.has(prev)) {
        const pair = `${prev} ${t}`;
        if (w.pairs!.has(pair) && !seenPairs?.includes(pair)) {
          (seenPairs ??= []).push(pair);
          sum += 0.25 * ((w.words.get(prev) ?? 0) + (w.words.get(t) ?? 0));
        }
      }
    }
    const v = w.words.get(t);
    if (v === undefined || seenWords?.includes(t)) continue;
    (seenWords ??= []).push(t);
    sum += v;
  }
  return sum / (w.total || 1);
}

/** True when the tokens hold a fact word of the question, or the question has none for this report. */
export function mentionsFact(tokens: { folded: string }[], w: Weights): boolean {
  if (!w.factWords || w.factWords.size === 0) return true;
  return tokens.some((t, i) => w.factWords!.has(t.folded) || (i > 0 && w.factWords!.has(`${tokens[i - 1].folded} ${t.folded}`)));
}

export const roleWeight = (u: TextUnit) => (u.role === 'body' ? 1 : u.role === 'headline' ? 0.9 : u.role === 'caption' ? 0.7 : 0.3);

/** Keep the best evidence per sentence. */
export function best(list: Evidence[]): Evidence[] {
  const byUnit = new Map<TextUnit, Evidence>();
  for (const e of list) {
    const seen = byUnit.get(e.unit);
    if (!seen || e.score > seen.score) byUnit.set(e.unit, e);
  }
  return [...byUnit.values()].sort((a, b) => b.score - a.score);
}
