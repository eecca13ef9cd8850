/**
 * Snippets: about LIMITS.snippetChars of a passage around the match, cut at
 * word boundaries with an ellipsis, matched words in **bold**.
 */
import { tokenize } from '../text/normalize.ts';
import type { QueryTerm } from '../model/query.ts';
import { LIMITS } from '../limits.ts';

export interface Focus {
  start: number;
  end: number;
}

/** Character ranges of the words of `text` that match the query terms. */
export function matchRanges(text: string, terms: QueryTerm[]): Focus[] {
  const exact = new Set(terms.filter((t) => t.marked).map((t) => t.text));
  const folded = new Set(terms.filter((t) => !t.marked).map((t) => t.folded));
  const out: Focus[] = [];
  for (const tok of tokenize(text)) {
    if (exact.has(tok.text) || folded.has(tok.folded)) out.push({ start: tok.start, end: tok.start + tok.length });
  }
  return out;
}

/** Sorted, non-overlapping ranges. */
function mergeRanges(ranges: Focus[]): Focus[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Focus[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Markdown's own characters shown as typed (snippets and answer lines are markdown on Discord). */
export function escapeMarkdown(s: string): string {
  return s.replace(/([*_~`|\\])/g, '\\$1');
}

/** Characters read on each side of a snippet's window for its matches. */
const WINDOW_MARGIN = 40;

/** Window [from, to) of about `size` chars that contains `focus`, widened to word boundaries. */
function windowAround(text: string, focus: Focus, size: number): Focus {
  const span = focus.end - focus.start;
  let from: number;
  let to: number;
  if (span >= size) {
    from = focus.start;
    to = focus.end;
  } else {
    const pad = Math.floor((size - span) / 2);
    from = Math.max(0, focus.start - pad);
    to = Math.min(text.length, focus.end + pad);
    // Use what one side cannot take on the other.
    if (from === 0) to = Math.min(text.length, size);
    if (to === text.length) from = Math.max(0, text.length - size);
  }
  // Word boundaries: never cut inside a word.
  if (from > 0) {
    const sp = text.lastIndexOf(' ', from);
    from = sp < 0 || sp < focus.start - size ? from : sp + 1;
    if (from > focus.start) from = focus.start;
  }
  if (to < text.length) {
    const sp = text.indexOf(' ', to);
    to = sp < 0 ? text.length : Math.max(sp, focus.end);
  }
  return { start: from, end: to };
}

/**
 * A snippet of `text`: the window around `focus` (or the densest cluster of
 * matches), with matched words in bold.
 */
export function makeSnippet(text: string, terms: QueryTerm[], focus?: Focus, size: number = LIMITS.snippetChars, highlights: Focus[] = []): string {
  // With a focus the window is known first: only its words (and a margin, so a word across its edge is whole) are read.
  const known = focus ? windowAround(text, focus, size) : null;
  const near = known ? Math.max(0, known.start - WINDOW_MARGIN) : 0;
  const read = known ? text.slice(near, known.end + WINDOW_MARGIN) : text;
  const matched = matchRanges(read, terms).map((r) => (near ? { start: r.start + near, end: r.end + near } : r));
  const ranges = mergeRanges([...matched, ...highlights]);
  let f = focus;
  if (!f) {
    if (ranges.length === 0) f = { start: 0, end: 0 };
    else {
      // Centre on the window that holds the most matches.
      let best = ranges[0];
      let bestCount = 0;
      for (const r of ranges) {
        const count = ranges.filter((x) => x.start >= r.start && x.end <= r.start + size / 2).length;
        if (count > bestCount) {
          bestCount = count;
          best = r;
        }
      }
      f = { start: best.start, end: best.end };
    }
  }
  const w = windowAround(text, f, size);
  let out = '';
  let pos = w.start;
  for (const r of ranges) {
    if (r.start < w.start || r.end > w.end) continue;
    out += `${escapeMarkdown(text.slice(pos, r.start))}**${escapeMarkdown(text.slice(r.start, r.end))}**`;
    pos = r.end;
  }
  out += escapeMarkdown(text.slice(pos, w.end));
  out = out.replace(/\*\*(\s+)\*\*/g, '$1'); // join neighbouring bold words into one run
  return `${w.start > 0 ? '…' : ''}${out.trim()}${w.end < text.length ? '…' : ''}`;
}

/** Plain text of a snippet: markers and escapes removed (for grounding checks and plain renderers). */
export function plainSnippet(snippet: string): string {
  return snippet.replace(/\*\*/g, '').replace(/\\([*_~`|\\])/g, '$1');
}
