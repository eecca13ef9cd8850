/**
 * The Lunr index as we keep it.
 *
 * - Passages are numbered ("0", "1", …) inside Lunr; `refs` maps numbers back
 *   to passage ids. Postings and vectors shrink to a third.
 * - Lunr's term automaton (TokenSet) is replaced by an exact-term lookup: our
 *   queries never use wildcards or edit distance, and the automaton was a
 *   large share of build and load time.
 * - On disk the postings and document vectors are flat binary arrays, and a
 *   loaded index materialises a term's postings or a passage's vector only
 *   when a query first touches it. Parsing 170 MB of JSON was most of a cold
 *   start at 100k passages; mapping typed arrays is nearly free.
 */
import lunr from 'lunr';
import { LIMITS } from '../limits.ts';

const EMPTY = Object.freeze({});
const MAGIC = 0x58494e56; // "VNIX"
const FORMAT_VERSION = 1;
const FIELD = 'text';
/** Posting entries that stay materialised, over all terms: bounded by size, not by count, since a common term's postings can be 100k entries. */
const MAX_CACHED_ENTRIES = LIMITS.materialisedPostings;

/** Stands in for lunr.TokenSet: a clause's term matches itself when the index holds it. */
export class ExactTermSet {
  constructor(private has: (term: string) => boolean) {}

  intersect(clause: lunr.TokenSet): { toArray(): string[] } {
    const words = clause.toArray().filter((w) => this.has(w));
    return { toArray: () => words };
  }
}

/** The small, JSON part of a saved index. */
export interface SearchIndexMeta {
  terms: string[];
  refs: string[];
  pipeline: string[];
}

interface Flat {
  postOffsets: Int32Array;
  postDocs: Int32Array;
  termIndex: Int32Array;
  vecOffsets: Int32Array;
  vecTerms: Int32Array;
  vecScores: Float32Array;
}

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

/** Lunr's search pipeline is empty: queries are built from terms the question reader already expanded. */
export const PIPELINE_NAMES: string[] = [];

/** The saved form of an index: the small JSON part (terms sorted, refs) and the binary part. */
export function encodeIndex(src: FlatSource): { meta: SearchIndexMeta; bin: Uint8Array } {
  const terms = [...src.termNo.keys()].sort();
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
    f.vecTerms.set(vt, v);
    f.vecScores.set(scores, v);
    v += vt.length;
  }
  f.vecOffsets[nDocs] = v;
  return { meta: { terms, refs: src.refs, pipeline: src.pipeline }, bin: new Uint8Array(buf) };
}

export class SearchIndex {
  private constructor(
    readonly lunr: lunr.Index,
    readonly refs: string[],
    private saved: { meta: SearchIndexMeta; bin: Uint8Array },
    /** counts a term's passages from its offsets, without materialising the postings */
    private df: (term: string) => number,
    /** and reads them from the flat array */
    private numbers: (term: string) => ArrayLike<number>,
  ) {}

  /** The passage numbers (indexes into refs) that hold a term, without materialising its postings. */
  passagesWith(term: string): ArrayLike<number> {
    return this.numbers(term);
  }

  passageId(ref: string): string | undefined {
    return this.refs[Number(ref)];
  }

  /** Every term the index holds (folded syllables and pairs joined by "_"). */
  terms(): string[] {
    return this.saved.meta.terms;
  }

  /** How many passages hold a term. */
  documentFrequency(term: string): number {
    return this.df(term);
  }

  /** Postings of a term: passage numbers (as Lunr refs) → metadata. */
  postings(term: string): Record<string, unknown> | undefined {
    return (this.lunr as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown>> | undefined> }).invertedIndex[term]?.[FIELD];
  }

  /** The index as a small JSON part and a binary part. */
  serialize(): { meta: SearchIndexMeta; bin: Uint8Array } {
    return this.saved;
  }

  /** Load a saved index; postings and vectors are built lazily, on first use. */
  static deserialize(meta: SearchIndexMeta, bin: Uint8Array): SearchIndex {
    if (!Array.isArray(meta.terms) || !Array.isArray(meta.refs)) throw new Error('not a search index');
    // A view of its own buffer is used as it is; any other (a Buffer from a pool, an odd offset) is copied.
    const whole = bin.byteOffset === 0 && bin.byteLength === bin.buffer.byteLength && bin.buffer instanceof ArrayBuffer;
    const buf = whole ? (bin.buffer as ArrayBuffer) : (bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer);
    const head = new Uint32Array(buf, 0, 6);
    const [magic, version, nTerms, nDocs, nPostings, nVec] = head;
    if (magic !== MAGIC || version !== FORMAT_VERSION) throw new Error('not a search index of this version');
    if (nTerms !== meta.terms.length || nDocs !== meta.refs.length) throw new Error('the index parts do not belong together');
    const expected = (6 + nTerms + 1 + nPostings + nTerms + nDocs + 1 + nVec * 2) * 4;
    if (buf.byteLength !== expected) throw new Error('the index file is truncated');
    const f = views(buf, nTerms, nDocs, nPostings, nVec);
    const termNo = new Map(meta.terms.map((t, i) => [t, i]));

    const invertedIndex = lazyPostings(f, termNo);
    const vectorCache = new Map<string, lunr.Vector>();
    const fieldVectors = new Proxy(Object.create(null) as Record<string, unknown>, {
      get: (_t, ref) => {
        if (typeof ref !== 'string') return undefined;
        let vec = vectorCache.get(ref);
        if (vec) return vec;
        const d = Number(ref.slice(FIELD.length + 1));
        if (!Number.isInteger(d) || d < 0 || d >= nDocs) return undefined;
        const elements: number[] = [];
        for (let k = f.vecOffsets[d]; k < f.vecOffsets[d + 1]; k++) elements.push(f.vecTerms[k], f.vecScores[k]);
        vec = new lunr.Vector(elements);
        if (vectorCache.size > 50_000) vectorCache.clear(); // bounded: vectors are cheap to rebuild
        vectorCache.set(ref, vec);
        return vec;
      },
    });
    // @types/lunr misnames some constructor attributes; these are the ones lunr.Index reads.
    const index = new lunr.Index({
      fields: [FIELD],
      fieldVectors,
      invertedIndex,
      tokenSet: new ExactTermSet((t) => termNo.has(t)),
      pipeline: lunr.Pipeline.load(meta.pipeline),
    } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
    const df = (term: string) => {
      const i = termNo.get(term);
      return i === undefined ? 0 : f.postOffsets[i + 1] - f.postOffsets[i];
    };
    const numbers = (term: string) => {
      const i = termNo.get(term);
      return i === undefined ? [] : f.postDocs.subarray(f.postOffsets[i], f.postOffsets[i + 1]);
    };
    return new SearchIndex(index, meta.refs, { meta, bin }, df, numbers);
  }
}

/** Postings materialised when a query first touches a term, least recently used first, bounded by their total size. */
function lazyPostings(f: Flat, termNo: Map<string, number>): Record<string, unknown> {
  // Materialised postings, least recently used first: bounded, so that serving memory stays flat however many distinct words are asked.
  const postingCache = new Map<string, { posting: object; size: number }>();
  let cachedEntries = 0;
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    has: (_t, term) => typeof term === 'string' && termNo.has(term),
    get: (_t, term) => {
      if (typeof term !== 'string') return undefined;
      const hit = postingCache.get(term);
      if (hit) {
        postingCache.delete(term);
        postingCache.set(term, hit);
        return hit.posting;
      }
      const i = termNo.get(term);
      if (i === undefined) return undefined;
      const docs: Record<string, object> = {};
      for (let k = f.postOffsets[i]; k < f.postOffsets[i + 1]; k++) docs[f.postDocs[k]] = EMPTY;
      const posting = { _index: f.termIndex[i], [FIELD]: docs };
      const size = f.postOffsets[i + 1] - f.postOffsets[i];
      postingCache.set(term, { posting, size });
      cachedEntries += size;
      // The least recently used go first, but the one just asked for stays.
      while (cachedEntries > MAX_CACHED_ENTRIES && postingCache.size > 1) {
        const [oldest, old] = postingCache.entries().next().value as [string, { size: number }];
        postingCache.delete(oldest);
        cachedEntries -= old.size;
      }
      return posting;
    },
  });
}

function views(buf: ArrayBuffer, nTerms: number, nDocs: number, nPostings: number, nVec: number): Flat {
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
    vecTerms: take(i32, nVec),
    vecScores: take((b, o, n) => new Float32Array(b, o, n), nVec),
  };
}
