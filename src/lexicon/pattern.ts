/**
 * Word lists into regular-expression source: the one place where a phrase
 * table becomes a matcher for report prose, so every extractor matches its
 * lists the same way (longest phrase first, so "trao tặng" wins over "trao";
 * any run of spaces between words; letters taken literally).
 */

/** A string as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `(?:longest|…|shortest)` over the phrases, spaces matching any whitespace. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegExp(p).replace(/\s+/g, String.raw`\s+`)).join('|')})`;
}

/** Letters and digits on neither side: a whole-word guard for Unicode text (`\b` is ASCII-only). */
export const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
export const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * A folded question's words as one pattern: `\b(?:…)\b`, longest first; a
 * trailing `*` stands for any ending ("receiv*": received, receiving).
 */
export function questionPattern(words: readonly string[]): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\w*` : escapeRegExp(w)));
  return new RegExp(String.raw`\b(?:${parts.join('|')})\b`);
}

/** Every string of a data file in one tone-mark style and NFC, like the report text it is matched against. */
export function toneStyled<T>(value: T, style: (s: string) => string): T {
  if (typeof value === 'string') return style(value.normalize('NFC')) as T;
  if (Array.isArray(value)) return value.map((v) => toneStyled(v, style)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toneStyled(v, style)])) as T;
  return value;
}
