/**
 * One segment of the search index: a Lunr index over a few thousand passages
 * (search-index.ts searches them all as one).
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
import { FORMAT_VERSION, firstAtLeast, MAGIC, type Flat, type SearchIndexMeta, views } from './flat-format.ts';
import { TermTable } from './term-table.ts';
import { BIGRAM_JOINER } from './pipeline.ts';

export type { SearchIndexMeta } from './flat-format.ts';

const EMPTY = Object.freeze({});
const FIELD = 'text';
/** Posting entries that stay materialised, over all terms and segments: bounded by size, not by count, since a common term's postings can be 100k entries. */
const MAX_CACHED_ENTRIES = LIMITS.materialisedPostings;

/** Stands in for lunr.TokenSet: a clause's term matches itself when the index holds it. */
export class ExactTermSet {
  constructor(private has: (term: string) => boolean) {}

  intersect(clause: lunr.TokenSet): { toArray(): string[] } {
    const words = clause.toArray().filter((w) => this.has(w));
    return { toArray: () => words };
  }
}

/** Lunr's search pipeline is empty: queries are built from terms the question reader already expanded. */
export const PIPELINE_NAMES: string[] = [];

export class IndexSegment {
  private constructor(
    readonly lunr: lunr.Index,
    readonly refs: string[],
    private saved: { meta: SearchIndexMeta; bin: Uint8Array },
    private table: TermTable,
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

  /** Does a passage numbered from `from` to `to` (inclusive, this segment's numbers) hold the term? A binary search in its postings. */
  holdsBetween(term: string, from: number, to: number): boolean {
    const list = this.numbers(term);
    const at = firstAtLeast(list, from);
    return at < list.length && list[at] <= to;
  }

  /** Every term the index holds (folded syllables and pairs joined by "_"), as a new array. */
  terms(): string[] {
    return this.table.all();
  }

  /** Call fn with every single-word term (no pair): the words the index knows. */
  eachWord(fn: (word: string) => void): void {
    this.table.forEach(fn, BIGRAM_JOINER);
  }

  /** How many passages hold a term. */
  documentFrequency(term: string): number {
    return this.df(term);
  }

  /** The index as a small JSON part and a binary part. */
  serialize(): { meta: SearchIndexMeta; bin: Uint8Array } {
    return this.saved;
  }

  /** Load a saved index; postings and vectors are built lazily, on first use. */
  static deserialize(meta: SearchIndexMeta, bin: Uint8Array): IndexSegment {
    if (typeof meta.terms !== 'string' || !Array.isArray(meta.refs)) throw new Error('not a search index');
    const table = new TermTable(meta.terms);
    // A view of its own buffer is used as it is; any other (a Buffer from a pool, an odd offset) is copied.
    const whole = bin.byteOffset === 0 && bin.byteLength === bin.buffer.byteLength && bin.buffer instanceof ArrayBuffer;
    const buf = whole ? (bin.buffer as ArrayBuffer) : (bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer);
    const head = new Uint32Array(buf, 0, 6);
    const [magic, version, nTerms, nDocs, nPostings, nVec] = head;
    if (magic !== MAGIC || version !== FORMAT_VERSION) throw new Error('not a search index of this version');
    if (nTerms !== table.size || nDocs !== meta.refs.length) throw new Error('the index parts do not belong together');
    const expected = (6 + nTerms + 1 + nPostings + nTerms + nDocs + 1 + nVec * 2) * 4;
    if (buf.byteLength !== expected) throw new Error('the index file is truncated');
    const f = views(buf, nTerms, nDocs, nPostings, nVec);
    const termNo = (t: string) => table.indexOf(t);

    // Each segment's entries in the shared caches are told apart by a tag of its own.
    const tag = `${segmentsMade++}\0`;
    const invertedIndex = lazyPostings(f, termNo, tag);
    const fieldVectors = lazyVectors(f, nDocs);
    // @types/lunr misnames some constructor attributes; these are the ones lunr.Index reads.
    const index = new lunr.Index({
      fields: [FIELD],
      fieldVectors,
      invertedIndex,
      tokenSet: new ExactTermSet((t) => termNo(t) >= 0),
      pipeline: lunr.Pipeline.load(meta.pipeline),
    } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
    const df = (term: string) => {
      const i = termNo(term);
      return i < 0 ? 0 : f.postOffsets[i + 1] - f.postOffsets[i];
    };
    const numbers = (term: string) => {
      const i = termNo(term);
      return i < 0 ? [] : f.postDocs.subarray(f.postOffsets[i], f.postOffsets[i + 1]);
    };
    return new IndexSegment(index, meta.refs, { meta, bin }, table, df, numbers);
  }
}

/**
 * What queries have materialised (a term's postings, as Lunr reads them),
 * least recently used first, bounded by total size over every segment: so
 * that serving memory stays flat however many distinct words are asked and
 * however many segments the corpus has.
 */
class Materialised<T> {
  private entries = new Map<string, { value: T; size: number }>();
  private total = 0;
  constructor(private max: number) {}

  get(key: string, make: () => { value: T; size: number } | undefined): T | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const made = make();
    if (!made) return undefined;
    this.entries.set(key, made);
    this.total += made.size;
    // The least recently used go first, but the one just asked for stays.
    while (this.total > this.max && this.entries.size > 1) {
      const [oldest, old] = this.entries.entries().next().value as [string, { size: number }];
      this.entries.delete(oldest);
      this.total -= old.size;
    }
    return made.value;
  }
}

const POSTINGS = new Materialised<object>(MAX_CACHED_ENTRIES);
let segmentsMade = 0;

/** Postings materialised when a query first touches a term. */
function lazyPostings(f: Flat, termNo: (term: string) => number, tag: string): Record<string, unknown> {
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    has: (_t, term) => typeof term === 'string' && termNo(term) >= 0,
    get: (_t, term) => {
      if (typeof term !== 'string') return undefined;
      return POSTINGS.get(`${tag}${term}`, () => {
        const i = termNo(term);
        if (i < 0) return undefined;
        const docs: Record<string, object> = {};
        for (let k = f.postOffsets[i]; k < f.postOffsets[i + 1]; k++) docs[f.postDocs[k]] = EMPTY;
        return { value: { _index: f.termIndex[i], [FIELD]: docs }, size: f.postOffsets[i + 1] - f.postOffsets[i] };
      });
    },
  });
}

/** Document vectors: a view of the flat array, made when a query scores a passage (lunr.Vector reads only its elements: nothing is copied or kept). */
function lazyVectors(f: Flat, nDocs: number): Record<string, unknown> {
  return new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_t, ref) => {
      if (typeof ref !== 'string') return undefined;
      const d = Number(ref.slice(FIELD.length + 1));
      if (!Number.isInteger(d) || d < 0 || d >= nDocs) return undefined;
      return new lunr.Vector(f.vec.subarray(2 * f.vecOffsets[d], 2 * f.vecOffsets[d + 1]) as unknown as number[]);
    },
  });
}
