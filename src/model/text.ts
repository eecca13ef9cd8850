/** A token of normalised text, with its folded form and where it stands in the source. */

export interface Token {
  /** canonical lower-case token */
  text: string;
  /** diacritic-folded form */
  folded: string;
  /** offset in the source string */
  start: number;
  /** length in the source string */
  length: number;
}
