/** Rendering an answer for a terminal: bold and colour only on a TTY. */
import type { Answer } from '../model/answer.ts';
import { renderText } from './text.ts';

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', reset: '\x1b[0m' };

function unescapeMarkdown(s: string): string {
  return s.replace(/\\([*_~`|\\])/g, '$1');
}

function bold(s: string, color: boolean): string {
  // "**x**" → bold on a TTY, plain elsewhere; escaped characters shown as typed.
  const parts = s.split(/(?<!\\)\*\*/);
  return parts.map((p, i) => (i % 2 === 1 && color ? `${ANSI.bold}${unescapeMarkdown(p)}${ANSI.reset}` : unescapeMarkdown(p))).join('');
}

export function renderConsole(a: Answer, color: boolean): string {
  const strong = (s: string) => (color ? `${ANSI.bold}${s}${ANSI.reset}` : s);
  const out: string[] = [renderText(a.lines, { strong, escape: (s) => s })];
  if (a.citations.length) {
    out.push('');
    out.push(color ? `${ANSI.dim}Sources:${ANSI.reset}` : 'Sources:');
    for (const c of a.citations) {
      const head = `[${c.n}] ${c.title} — ${c.date ?? 'no date'} — ${c.doc}, ¶${c.paragraph}`;
      out.push(color ? `${ANSI.cyan}${head}${ANSI.reset}` : head);
      out.push(`    “${bold(c.snippet, color)}”`);
      if (c.url) out.push(`    ${c.url}`);
    }
  }
  return out.join('\n');
}
