/**
 * The words a report holds — anywhere, in its headline and header lines, in
 * its lead — as ranking and evidence weighing ask them: "does it hold this
 * word, this pair?". A report whose body the loaded index holds is answered
 * from the postings; any other from its text.
 */
import type { Passage, Report } from '../model/report.ts';
import type { Token } from '../model/text.ts';
import type { Corpus } from '../store/load.ts';
import { passageReports } from '../store/lookups.ts';
import type { IndexSegment } from '../search/index-segment.ts';
import { BIGRAM_JOINER } from '../search/pipeline.ts';
import { LIMITS } from '../limits.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/normalize.ts';
import { eachSentence, keptUnits, type UnitRole } from './report-text.ts';

/** A set's one question: does it hold this key? (A report's words may be looked up in the index, not held.) */
export interface WordLookup {
  has(key: string): boolean;
}

export interface ReportWords {
  /** folded words, anywhere in the report */
  words: WordLookup;
  /** adjacent folded words, "a b" */
  pairs: WordLookup;
  /** words and pairs of the headline and header lines */
  top: WordLookup;
  /** words and pairs of the lead paragraph */
  lead: WordLookup;
}

/** Each report's word lookups, the least recently used going first past LIMITS.materialisedReports (corpus-wide tests read the index instead: reports-holding.ts). */
const WORDS = new Map<Report, ReportWords>();

/**
 * Where a report's body passages stand in a loaded index segment (its own
 * numbering, which a segment keeps for life): the body's words are looked up
 * in the postings there instead of read from the text. Ranking weighs some
 * hundred reports per question; tokenising each one's text was most of the
 * time and garbage of a question at 10,000 reports.
 */
const IN_INDEX = new WeakMap<Report, { segment: IndexSegment; from: number; to: number }>();
const LOCATED = new WeakSet<Corpus>();

/** Find every report's body in the corpus's index (once per corpus). */
export function locateInIndex(corpus: Corpus): void {
  if (LOCATED.has(corpus)) return;
  LOCATED.add(corpus);
  const reportOf = passageReports(corpus);
  const n = corpus.reports.length;
  const first = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  const count = new Int32Array(n);
  for (let p = 0; p < reportOf.length; p++) {
    const r = reportOf[p];
    if (r < 0) continue;
    if (first[r] < 0) first[r] = p;
    last[r] = p;
    count[r]++;
  }
  corpus.reports.forEach((r, i) => {
    // Only a body indexed whole and in one run of passages: anything else is read from the text.
    const whole = first[i] >= 0 && count[i] === r.passages.length && last[i] - first[i] + 1 === count[i];
    const at = whole ? corpus.index.segmentOf(first[i], last[i]) : null;
    // A report kept through a reload but moved to a rewritten segment: its words are looked up there from now on.
    if (IN_INDEX.get(r)?.segment !== at?.segment) WORDS.delete(r);
    if (at) IN_INDEX.set(r, at);
    else IN_INDEX.delete(r);
  });
}

/** Each token's folded word into `words`, each adjacent pair ("a b") into `pairs` (the same set for a block's words and pairs together). */
function addWords(tokens: Token[], words: Set<string>, pairs: Set<string>): void {
  tokens.forEach((t, i) => {
    words.add(t.folded);
    if (i > 0) pairs.add(`${tokens[i - 1].folded} ${t.folded}`);
  });
}

/** The headline and the page's header lines name the report; the lead is where facts are, so it is not context. */
const isTop = (role: UnitRole) => role === 'headline' || role === 'header';

/** Words and pairs of the report's blocks outside the body (headline, header lines, captions), and of its headline and header lines alone. */
function outsideBody(r: Report): { words: Set<string>; pairs: Set<string>; top: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const top = new Set<string>();
  eachSentence(
    r,
    (role, _passage, sentence) => {
      const tokens = tokenize(sentence.text);
      addWords(tokens, words, pairs);
      if (isTop(role)) addWords(tokens, top, top);
    },
    false,
  );
  return { words, pairs, top };
}

/** A report's words as the loaded index answers them (null when no loaded index holds its body): for the test that both ways agree. */
export function indexedWordsOf(r: Report): ReportWords | null {
  const at = IN_INDEX.get(r);
  return at ? indexedWords(r, at) : null;
}

/** A report's words with its body looked up in the index: only its short blocks and, when asked, its lead are read. */
function indexedWords(r: Report, at: { segment: IndexSegment; from: number; to: number }): ReportWords {
  const outside = outsideBody(r);
  const inBody = (term: string) => at.segment.holdsBetween(term, at.from, at.to);
  let lead: Set<string> | null = null;
  return {
    words: { has: (w) => outside.words.has(w) || inBody(w) },
    pairs: { has: (p) => outside.pairs.has(p) || inBody(p.replace(' ', BIGRAM_JOINER)) },
    top: outside.top,
    lead: {
      has: (k) => {
        if (!lead) {
          const into = new Set<string>();
          const p = r.passages[0];
          for (const sentence of p ? splitSentences(p.text) : []) addWords(tokenize(sentence.text), into, into);
          lead = into;
        }
        return lead.has(k);
      },
    },
  };
}

/** Folded words and adjacent pairs a report holds anywhere, and those of its headline and lead. */
export function reportWords(r: Report): ReportWords {
  let w = WORDS.get(r);
  if (w) {
    WORDS.delete(r);
    WORDS.set(r, w);
    return w;
  }
  const at = IN_INDEX.get(r);
  w = at ? indexedWords(r, at) : wordsFromText(r);
  WORDS.set(r, w);
  if (WORDS.size > LIMITS.materialisedReports) WORDS.delete(WORDS.keys().next().value as Report);
  return w;
}

/** The same, read from the report's text (a report no loaded index holds, and the test that the two agree). */
export function wordsFromText(r: Report): ReportWords & { words: Set<string>; pairs: Set<string> } {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const top = new Set<string>();
  const lead = new Set<string>();
  const add = (role: UnitRole, passage: Passage | null, tokens: Token[]) => {
    addWords(tokens, words, pairs);
    if (isTop(role)) addWords(tokens, top, top);
    if (passage !== null && passage === r.passages[0]) addWords(tokens, lead, lead);
  };
  // From the units when they are kept; else sentence by sentence, keeping none: ranking reads many reports' words, the evidence few reports' units.
  const kept = keptUnits(r);
  if (kept) for (const u of kept) add(u.role, u.passage, u.tokens);
  else eachSentence(r, (role, passage, sentence) => add(role, passage, tokenize(sentence.text)));
  return { words, pairs, top, lead };
}
