/**
 * The Lunr index as we keep it: passages are numbered ("0", "1", …) inside
 * Lunr, which makes postings and the cache a third of the size, and `refs`
 * maps the numbers back to passage ids. Lunr's term automaton (TokenSet) is
 * replaced by an exact-term lookup: our queries never use wildcards or edit
 * distance, and building the automaton was a large share of build and load time.
 */
import lunr from 'lunr';
import './pipeline.ts'; // registers the pipeline function before an index is loaded

/** Stands in for lunr.TokenSet: a clause's term matches itself when the index holds it. */
export class ExactTermSet {
  constructor(private invertedIndex: Record<string, unknown>) {}

  intersect(clause: lunr.TokenSet): { toArray(): string[] } {
    const words = clause.toArray().filter((w) => w in this.invertedIndex);
    return { toArray: () => words };
  }
}

const EMPTY = Object.freeze({});

export interface SearchIndexJSON {
  refs: string[];
  lunr: { version: string; fields: string[]; fieldVectors: [string, number[]][]; invertedIndex: [string, object][]; pipeline: string[] };
}

export class SearchIndex {
  constructor(
    readonly lunr: lunr.Index,
    readonly refs: string[],
  ) {}

  passageId(ref: string): string | undefined {
    return this.refs[Number(ref)];
  }

  toJSON(): SearchIndexJSON {
    return { refs: this.refs, lunr: this.lunr.toJSON() as unknown as SearchIndexJSON['lunr'] };
  }

  /** Like lunr.Index.load, without building the term automaton. */
  static fromJSON(json: SearchIndexJSON): SearchIndex {
    const s = json.lunr;
    if (!Array.isArray(json.refs) || !s || !Array.isArray(s.fieldVectors) || !Array.isArray(s.invertedIndex)) throw new Error('not a search index');
    const fieldVectors: Record<string, lunr.Vector> = {};
    for (const [ref, elements] of s.fieldVectors) fieldVectors[ref] = new lunr.Vector(elements);
    const invertedIndex: Record<string, object> = Object.create(null);
    for (const [term, posting] of s.invertedIndex) {
      // Every posting's metadata is an empty object (no positions kept): share one instead of millions.
      const fields = posting as Record<string, Record<string, object> | number>;
      for (const f in fields) {
        const refs = fields[f];
        if (typeof refs === 'object') for (const ref in refs) refs[ref] = EMPTY;
      }
      invertedIndex[term] = posting;
    }
    // @types/lunr misnames some constructor attributes; these are the ones lunr.Index reads.
    const index = new lunr.Index({
      fields: s.fields,
      fieldVectors,
      invertedIndex,
      tokenSet: new ExactTermSet(invertedIndex),
      pipeline: lunr.Pipeline.load(s.pipeline),
    } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
    return new SearchIndex(index, json.refs);
  }
}
