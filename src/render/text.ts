/**
 * An answer's lines as one text: headings in **bold**, items after "• ",
 * readings indented, each line's citation markers [n] at its end. This is the
 * `answer` of the JSON output; Discord and the console render the lines
 * themselves.
 */
import type { AnswerLine } from '../model/answer.ts';

/** "[1][3]" for a line's citations, in order, each once. */
export function markers(cites: number[]): string {
  return [...new Set(cites)]
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');
}

export interface LineStyle {
  strong: (s: string) => string;
  /** applied to the line's own words (Discord escapes markdown and defuses mentions there) */
  escape: (s: string) => string;
}

const PLAIN: LineStyle = { strong: (s) => `**${s}**`, escape: (s) => s };

/** One line as text in a given style. */
export function lineText(l: AnswerLine, style: LineStyle = PLAIN): string {
  const m = l.cites.length ? ` ${markers(l.cites)}` : '';
  const body = style.escape(l.text);
  switch (l.kind) {
    case 'heading':
      return `${style.strong(body)}${l.detail ? ` — ${style.escape(l.detail)}` : ''}${m}`;
    case 'item':
      return `• ${l.emphasis ? `${style.strong(style.escape(l.emphasis))}${body ? ` — ${body}` : ''}` : body}${m}`;
    case 'reading':
      return `  ${body}${m}`;
    default:
      return `${body}${m}`;
  }
}

export function renderText(lines: AnswerLine[], style: LineStyle = PLAIN): string {
  return lines.map((l) => lineText(l, style)).join('\n');
}
