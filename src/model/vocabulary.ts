/** Lexicon entries as matchers use them. */

/** A phrase as token texts: accented (for reports) and folded (for questions). */
export interface Phrase {
  text: string;
  exact: string[];
  folded: string[];
}

export interface UnitGroup {
  /** the Vietnamese unit phrases, as reports write them */
  vi: Phrase[];
  /** English words a question may use for it */
  en: Phrase[];
  /** the bare noun of a more general group ("văn bản" for "văn bản đến"): accepted as a weaker match */
  parent: Phrase | null;
  /** a span of time ("mấy ngày"): counted only when asked right after the count cue */
  time?: boolean;
  /** made from the question's own words, not the lexicon: matched without accents when typed without */
  adhoc?: boolean;
}
