/**
 * The search index the engine asks: its segments (index-segment.ts, one Lunr
 * index each, written and replaced one at a time by the store) searched as
 * one. Passages are numbered across segments in segment order; a term's
 * passage count is the sum of its counts in every segment.
 *
 * A query runs Lunr in each segment that holds one of its terms. Lunr divides
 * a passage's score by the length of the query vector it built, which holds
 * only the terms that segment knows; each score is brought back to the
 * length of the whole query's vector, so that scores from different segments
 * compare. Within a segment Lunr's BM25 weights use that segment's
 * statistics (as in any segmented engine): segments of a few thousand
 * passages of one genre differ little.
 */
import type { IndexSegment } from './index-segment.ts';

export interface Clause {
  t: string;
  boost: number;
}

export interface ScoredRef {
  /** the passage's number across segments, as a string (passageId gives its id) */
  ref: string;
  score: number;
}

export class SearchIndex {
  readonly refs: string[];
  /** where each segment's passages start in refs */
  private starts: number[] = [];
  private allTerms: string[] | null = null;

  constructor(readonly segments: IndexSegment[]) {
    let at = 0;
    for (const s of segments) {
      this.starts.push(at);
      at += s.refs.length;
    }
    this.refs = segments.length === 1 ? segments[0].refs : segments.flatMap((s) => s.refs);
  }

  passageId(ref: string): string | undefined {
    return this.refs[Number(ref)];
  }

  /** Every term the index holds (folded syllables and pairs joined by "_"), each once. */
  terms(): string[] {
    if (!this.allTerms) this.allTerms = this.segments.length === 1 ? this.segments[0].terms() : [...new Set(this.segments.flatMap((s) => s.terms()))];
    return this.allTerms;
  }

  /** How many passages hold a term. */
  documentFrequency(term: string): number {
    let n = 0;
    for (const s of this.segments) n += s.documentFrequency(term);
    return n;
  }

  /** The passage numbers (indexes into refs, ascending) that hold a term. */
  passagesWith(term: string): ArrayLike<number> {
    if (this.segments.length === 1) return this.segments[0].passagesWith(term);
    const parts = this.segments.map((s) => s.passagesWith(term));
    const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
    let k = 0;
    parts.forEach((p, i) => {
      for (let j = 0; j < p.length; j++) out[k++] = p[j] + this.starts[i];
    });
    return out;
  }

  /**
   * The segment that holds passages `from` to `to` (numbers across segments), with their numbers inside it; null when
   * they straddle two. A segment object keeps its numbering for life, so this stays true across reloads that keep it.
   */
  segmentOf(from: number, to: number): { segment: IndexSegment; from: number; to: number } | null {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    const segment = this.segments[lo];
    const start = this.starts[lo];
    if (!segment || from < start || to >= start + segment.refs.length) return null;
    return { segment, from: from - start, to: to - start };
  }

  /** Call `fn` with each passage number that holds a term, ascending, without gathering them. */
  eachPassageWith(term: string, fn: (n: number) => void): void {
    this.segments.forEach((s, i) => {
      const list = s.passagesWith(term);
      const at = this.starts[i];
      for (let k = 0; k < list.length; k++) fn(list[k] + at);
    });
  }

  /** The best `limit` passages for these clauses by Lunr's scoring, best first. */
  query(clauses: Clause[], limit: number): ScoredRef[] {
    const norm = (cs: Clause[]) => Math.sqrt(cs.reduce((n, c) => n + c.boost * c.boost, 0));
    const whole = norm(clauses);
    const out: ScoredRef[] = [];
    this.segments.forEach((s, i) => {
      const known = clauses.filter((c) => s.documentFrequency(c.t) > 0);
      if (known.length === 0) return;
      const scale = norm(known) / whole;
      const results = s.lunr.query((q) => {
        for (const c of known) q.term(c.t, { usePipeline: false, boost: c.boost });
      });
      for (const r of results.slice(0, limit)) out.push({ ref: String(Number(r.ref) + this.starts[i]), score: r.score * scale });
    });
    // Stable: equal scores keep segment order, as one Lunr index keeps passage order.
    return out.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
