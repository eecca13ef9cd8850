/**
 * A segment's terms, sorted, as one string (terms joined by line breaks) and
 * the offsets where each starts: a term's number is found by binary search.
 * At 10,000 reports the index holds some 700,000 terms; as an array of
 * strings with a Map from term to number they were about 40 MB of the
 * serving heap and a large part of each segment's JSON. Terms never hold a
 * line break (they are letters, digits and "_").
 */
export class TermTable {
  /** where each term starts in `text`; the last entry is text.length + 1, as if the text ended with a line break */
  private readonly starts: Uint32Array;

  constructor(
    /** the terms in ascending order (as Array.prototype.sort orders strings), joined by "\n" */
    readonly text: string,
  ) {
    if (text === '') {
      this.starts = new Uint32Array([0]);
      return;
    }
    let n = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
    const starts = new Uint32Array(n + 1);
    let i = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts[i++] = at + 1;
    starts[n] = text.length + 1;
    this.starts = starts;
  }

  /** A table of these terms (sorted here). */
  static of(terms: string[]): TermTable {
    return new TermTable([...terms].sort().join('\n'));
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The term's number (its rank in sorted order), or -1. */
  indexOf(term: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(mid, term);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The term numbered i. */
  at(i: number): string {
    return this.text.slice(this.starts[i], this.starts[i + 1] - 1);
  }

  /** Every term, in order (a new array: for tests and the rare caller that needs them all). */
  all(): string[] {
    return this.text === '' ? [] : this.text.split('\n');
  }

  /** Call fn with every term that holds no character `skip` (one character; checked in the table, so skipped terms make no string). */
  forEach(fn: (term: string) => void, skip?: string): void {
    for (let i = 0; i < this.size; i++) {
      const from = this.starts[i];
      const to = this.starts[i + 1] - 1;
      if (skip !== undefined && this.holds(from, to, skip.charCodeAt(0))) continue;
      fn(this.text.slice(from, to));
    }
  }

  private holds(from: number, to: number, code: number): boolean {
    for (let k = from; k < to; k++) if (this.text.charCodeAt(k) === code) return true;
    return false;
  }

  /** Term i compared with s, as string comparison orders them (negative: term i comes first). */
  private compare(i: number, s: string): number {
    const from = this.starts[i];
    const len = this.starts[i + 1] - 1 - from;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(from + k) - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - s.length;
  }
}
