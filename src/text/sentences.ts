/** Sentence splitting that keeps offsets, so facts can point at exact spans. */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at . ! ? … followed by space and a capital, a quote, or the end.
// Initials ("H. Nga", "TP. Hồ Chí Minh") are not ends.
const END = /[.!?…]+["”»)]?(?=\s+(?:[\p{Lu}"“(\d]|$)|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = text.slice(start, end);
    // "H." or "TP." before the dot: an abbreviation, keep going.
    if (/(?:^|\s)(?:\p{Lu}|TP|Th\.S|TS|PGS|GS|ThS|Tp)\.$/u.test(piece)) continue;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  if (start < text.length) pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
