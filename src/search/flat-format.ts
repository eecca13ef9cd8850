/**
 * The flat, binary form of an index segment: a small header, then the
 * postings (per term, ascending passage numbers, found by offsets), each
 * term's Lunr number, and the document vectors (per passage, pairs of term
 * number and 32-bit BM25 weight, laid out as lunr.Vector reads them). A built segment is written straight into it
 * (build-index.ts) and a saved one is read from it without parsing
 * (index-segment.ts).
 */

export const MAGIC = 0x58494e56; // "VNIX"
export const FORMAT_VERSION = 3;

/** The small, JSON part of a saved index. */
export interface SearchIndexMeta {
  /** the terms, sorted, joined by "\n" (term-table.ts): one string, not hundreds of thousands */
  terms: string;
  refs: string[];
  pipeline: string[];
}

export interface Flat {
  postOffsets: Int32Array;
  postDocs: Int32Array;
  termIndex: Int32Array;
  /** where each passage's vector starts in vec, in entries (pairs) */
  vecOffsets: Int32Array;
  /** every vector's entries, interleaved as lunr.Vector keeps its elements: term number, weight, term number, weight… (a vector is then a view, never a copy) */
  vec: Float32Array;
}

/** Term numbers are stored as 32-bit floats beside the weights: exact below this. */
const MAX_TERMS = 2 ** 24;

/** What an index is written from: terms numbered as the vectors name them, each term's passage numbers (ascending), and each passage's vector. */
export interface FlatSource {
  termNo: Map<string, number>;
  postings: ArrayLike<number>[];
  refs: string[];
  vectorSize(doc: number): number;
  /** a passage's vector: term numbers ascending, and their BM25 weights */
  vector(doc: number): { terms: ArrayLike<number>; scores: ArrayLike<number> };
  pipeline: string[];
}

/** The saved form of an index: the small JSON part (terms sorted, refs) and the binary part. */
export function encodeIndex(src: FlatSource): { meta: SearchIndexMeta; bin: Uint8Array } {
  const terms = [...src.termNo.keys()].sort();
  if (terms.length >= MAX_TERMS) throw new Error(`a segment of ${terms.length} terms is more than its format holds`);
  const nDocs = src.refs.length;
  let nPostings = 0;
  for (const docs of src.postings) nPostings += docs.length;
  let nVec = 0;
  for (let d = 0; d < nDocs; d++) nVec += src.vectorSize(d);
  const ints = 6 + (terms.length + 1) + nPostings + terms.length + (nDocs + 1) + nVec + nVec;
  const buf = new ArrayBuffer(ints * 4);
  new Uint32Array(buf, 0, 6).set([MAGIC, FORMAT_VERSION, terms.length, nDocs, nPostings, nVec]);
  const f = views(buf, terms.length, nDocs, nPostings, nVec);
  let p = 0;
  terms.forEach((t, i) => {
    const no = src.termNo.get(t) as number;
    const docs = src.postings[no];
    f.postOffsets[i] = p;
    f.postDocs.set(docs, p);
    p += docs.length;
    f.termIndex[i] = no;
  });
  f.postOffsets[terms.length] = p;
  let v = 0;
  for (let d = 0; d < nDocs; d++) {
    f.vecOffsets[d] = v;
    const { terms: vt, scores } = src.vector(d);
    for (let k = 0; k < vt.length; k++) {
      f.vec[2 * (v + k)] = vt[k];
      f.vec[2 * (v + k) + 1] = scores[k];
    }
    v += vt.length;
  }
  f.vecOffsets[nDocs] = v;
  return { meta: { terms: terms.join('\n'), refs: src.refs, pipeline: src.pipeline }, bin: new Uint8Array(buf) };
}

export function views(buf: ArrayBuffer, nTerms: number, nDocs: number, nPostings: number, nVec: number): Flat {
  let at = 6 * 4;
  const take = <T>(make: (b: ArrayBuffer, o: number, n: number) => T, n: number): T => {
    const v = make(buf, at, n);
    at += n * 4;
    return v;
  };
  const i32 = (b: ArrayBuffer, o: number, n: number) => new Int32Array(b, o, n);
  return {
    postOffsets: take(i32, nTerms + 1),
    postDocs: take(i32, nPostings),
    termIndex: take(i32, nTerms),
    vecOffsets: take(i32, nDocs + 1),
    vec: take((b, o, n) => new Float32Array(b, o, n), 2 * nVec),
  };
}

/** In an ascending list of passage numbers (a term's postings), the position of the first that is at least n (the length when none is). */
export function firstAtLeast(list: ArrayLike<number>, n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
