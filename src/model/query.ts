/** A search query built from a question's words, and what the index returns. */

export interface QueryTerm {
  text: string;
  folded: string;
  /** typed with diacritics: match that spelling first */
  marked: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** adjacent content syllables, searched as pairs to reward phrases */
  pairs: [QueryTerm, QueryTerm][];
}

export interface Hit {
  ref: string;
  score: number;
}
