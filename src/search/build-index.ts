/**
 * Building the search index over passages with the Vietnamese pipeline.
 *
 * The index is written straight into the flat form a saved index has (see
 * index-segment.ts), with Lunr's own BM25 formulas, instead of through
 * lunr.Builder: the builder's per-token bookkeeping (a Token object, a
 * pipeline call and three dictionary writes per term) was nine tenths of a
 * build, and its dictionaries several times the index's size in heap. A
 * built index and a loaded one are then the same thing, and a test checks
 * that both score exactly as lunr.Builder would.
 */
import type { Passage } from '../model/report.ts';
import { tokenize } from '../text/normalize.ts';
import { BIGRAM_JOINER } from './pipeline.ts';
import { IndexSegment, PIPELINE_NAMES } from './index-segment.ts';
import { encodeIndex } from './flat-format.ts';
import { SearchIndex } from './search-index.ts';

export type ProgressFn = (done: number, total: number) => void;

// Lunr's BM25 parameters (lunr.Builder's defaults).
const K1 = 1.2;
const B = 0.75;

/** Above this many terms, pair keys would not fit a double exactly: pairs are then keyed by their text. */
const PAIR_KEY = 2 ** 26;

/** Terms numbered in order of first appearance, as Lunr numbers them, and each passage's term counts. */
class TermCounter {
  readonly termNo = new Map<string, number>();
  /** a syllable pair found by its two syllables' numbers, without building its text */
  private pairNo = new Map<number, number>();
  readonly postings: number[][] = [];
  readonly docTerms: Int32Array[] = [];
  readonly docTfs: Int32Array[] = [];
  readonly lengths: number[] = [];
  totalLength = 0;
  private counts = new Int32Array(1 << 16);
  private touched: number[] = [];

  private numberOf(term: string): number {
    let no = this.termNo.get(term);
    if (no === undefined) {
      no = this.postings.length;
      this.termNo.set(term, no);
      this.postings.push([]);
      if (no >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
    }
    return no;
  }

  private count(no: number, d: number): void {
    if (this.counts[no] === 0) {
      this.touched.push(no);
      this.postings[no].push(d);
    }
    this.counts[no]++;
  }

  /** Count one passage's terms: each syllable's folded form and its pair with the next (pipeline.ts). */
  add(text: string): void {
    const d = this.docTerms.length;
    const syllables = tokenize(text);
    // Numbered in the order Lunr meets them: a syllable, its pair with the next, the next syllable…
    const nos: number[] = [];
    for (let i = 0; i < syllables.length; i++) {
      if (i === 0) nos.push(this.numberOf(syllables[0].folded));
      this.count(nos[i], d);
      if (i + 1 === syllables.length) break;
      const next = this.termNo.get(syllables[i + 1].folded);
      const keyed = next !== undefined && nos[i] < PAIR_KEY && next < PAIR_KEY;
      let pair = keyed ? this.pairNo.get(nos[i] * PAIR_KEY + next) : undefined;
      if (pair === undefined) pair = this.numberOf(`${syllables[i].folded}${BIGRAM_JOINER}${syllables[i + 1].folded}`);
      this.count(pair, d);
      nos.push(next ?? this.numberOf(syllables[i + 1].folded));
      if (nos[i] < PAIR_KEY && nos[i + 1] < PAIR_KEY) this.pairNo.set(nos[i] * PAIR_KEY + nos[i + 1], pair);
    }
    const length = nos.length * 2 - (nos.length > 0 ? 1 : 0);
    this.lengths.push(length);
    this.totalLength += length;
    // Vector entries sorted by term number, as lunr.Vector keeps them.
    const ids = Int32Array.from(this.touched).sort();
    this.docTerms.push(ids);
    this.docTfs.push(ids.map((id) => this.counts[id]));
    for (const no of this.touched) this.counts[no] = 0;
    this.touched.length = 0;
  }
}

/** One segment over these passages. */
export function buildSegment(passages: Passage[], onProgress?: ProgressFn): IndexSegment {
  const n = passages.length;
  const c = new TermCounter();
  const step = Math.max(1, Math.floor(n / 20));
  for (let d = 0; d < n; d++) {
    c.add(passages[d].text);
    if (onProgress && (d + 1) % step === 0) onProgress(d + 1, n);
  }
  if (n % step !== 0) onProgress?.(n, n);
  const average = c.totalLength / n;
  const idf = c.postings.map((docs) => Math.log(1 + Math.abs((n - docs.length + 0.5) / (docs.length + 0.5))));
  const weights = (d: number): Float64Array => {
    const norm = K1 * (1 - B + B * (c.lengths[d] / average));
    return Float64Array.from(c.docTfs[d], (f, k) => Math.round(((idf[c.docTerms[d][k]] * ((K1 + 1) * f)) / (norm + f)) * 1000) / 1000);
  };
  const { meta, bin } = encodeIndex({
    termNo: c.termNo,
    postings: c.postings,
    refs: passages.map((p) => p.id),
    vectorSize: (d) => c.docTerms[d].length,
    vector: (d) => ({ terms: c.docTerms[d], scores: weights(d) }),
    pipeline: PIPELINE_NAMES,
  });
  return IndexSegment.deserialize(meta, bin);
}

/** An index of one segment (tests, the bench, small corpora). */
export function buildIndex(passages: Passage[], onProgress?: ProgressFn): SearchIndex {
  return new SearchIndex([buildSegment(passages, onProgress)]);
}
