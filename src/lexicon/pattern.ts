/**
 * Word lists into regular-expression source: the one place where a phrase
 * table becomes a matcher for report prose, so every extractor matches its
 * lists the same way (longest phrase first, so "trao tặng" wins over "trao";
 * any run of spaces between words; letters taken literally).
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `(?:longest|…|shortest)` over the phrases, spaces matching any whitespace. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegExp(p).replace(/\s+/g, String.raw`\s+`)).join('|')})`;
}

/** Letters and digits on neither side: a whole-word guard for Unicode text (`\b` is ASCII-only). */
export const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
