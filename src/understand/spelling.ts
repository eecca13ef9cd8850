/**
 * Typos and near misses in a question ("who atended the 2020 congres?"): a
 * word no report and no data file holds is read as the closest word that one
 * does, within a small edit distance on the folded form (one edit for words
 * of five to nine letters or two letters swapped, two from ten; the first
 * letter kept), through MiniSearch's radix-tree
 * fuzzy lookup. Short words, numbers and known words are never touched, and
 * the answer says what it read differently, so a wrong guess is visible.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Corpus } from '../store/load.ts';
import { documentFrequency } from '../search/query.ts';
import { tokenize } from '../text/normalize.ts';
import { dataVocabulary } from '../lexicon/vocabulary.ts';
import { lookups } from '../store/lookups.ts';

export interface Correction {
  /** as typed */
  from: string;
  /** the known word read instead (folded) */
  to: string;
}

/** Shorter words are left alone: at four letters one edit reaches too many other words. */
const MIN_LETTERS = 5;

const KNOWN = new WeakMap<Corpus, SearchableMap<true>>();

/** Build the known-word map now (at load, where answers are made), not in the first question. */
export function warmSpelling(corpus: Corpus): void {
  knownWords(corpus);
}

/** The words a question may use: the corpus's (its passages, headlines, header lines, bylines, the people it names) and the data files'. */
function knownWords(corpus: Corpus): SearchableMap<true> {
  let m = KNOWN.get(corpus);
  if (!m) {
    const known = new SearchableMap<true>();
    const add = (text: string | null) => {
      for (const t of tokenize(text ?? '')) known.set(t.folded, true);
    };
    // Segment by segment (a word in several is set again): a union of every segment's terms first cost more than this.
    for (const seg of corpus.index.segments)
      seg.eachWord((t) => {
        if (!/\d/.test(t)) known.set(t, true);
      });
    // Each line once: header lines and bylines repeat across a site's reports.
    const lines = new Set<string | null>();
    for (const r of corpus.reports) for (const line of [r.title, r.byline, ...r.headerLines, ...r.captions]) lines.add(line);
    for (const p of lookups(corpus).people) lines.add(p.name);
    lines.forEach(add);
    for (const w of dataVocabulary()) known.set(w, true);
    KNOWN.set(corpus, known);
    m = known;
  }
  return m;
}

/** Is this folded word one the corpus or the data files hold? */
export function isKnownWord(corpus: Corpus, folded: string): boolean {
  return knownWords(corpus).has(folded);
}

/** Two letters swapped side by side ("documnets"): one slip of the fingers, though two edits for Levenshtein. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].map((_, i) => i).filter((i) => a[i] !== b[i]);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/** One edit, or two letters swapped, up to nine letters; two edits from ten. "directed" is not read as "director". */
const forgiven = (typed: string, word: string, distance: number) => distance <= 1 || (distance === 2 && (typed.length >= 10 || swapped(typed, word)));

/** The question with its unknown words read as the closest known ones, and what was changed. */
export function correctSpelling(corpus: Corpus, text: string): { text: string; corrections: Correction[] } {
  const tokens = tokenize(text).filter((t) => t.folded.length >= MIN_LETTERS && !/\d/.test(t.folded));
  if (tokens.length === 0) return { text, corrections: [] };
  const known = knownWords(corpus);
  const corrections: Correction[] = [];
  let out = text;
  // From the end, so that earlier offsets stay right as words change length.
  for (const t of [...tokens].reverse()) {
    if (known.has(t.folded)) continue;
    // Typos keep the first letter: "Apart" is not a misspelt "part".
    const near = [...known.fuzzyGet(t.folded, 2)]
      .filter(([word, [, distance]]) => word[0] === t.folded[0] && forgiven(t.folded, word, distance))
      .map(([word, [, distance]]) => ({ word, distance }));
    if (near.length === 0) continue;
    // The nearest; among equals, the word more passages hold (data words count as common), then the first in order.
    const df = (w: string) => documentFrequency(corpus.index, w) || 1;
    near.sort((a, b) => a.distance - b.distance || df(b.word) - df(a.word) || a.word.localeCompare(b.word));
    const to = near[0].word;
    corrections.unshift({ from: text.slice(t.start, t.start + t.length), to });
    out = `${out.slice(0, t.start)}${to}${out.slice(t.start + t.length)}`;
  }
  return { text: out, corrections };
}
