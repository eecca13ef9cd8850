/** Trimming text to Discord's limits at word boundaries without cutting a citation marker. */

/** Cut `text` to at most `max` characters at a word boundary, with an ellipsis; never inside "[12]" or "**bold**". */
export function trimText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  if (space > max * 0.5) cut = cut.slice(0, space);
  // A half marker "[1" at the end goes.
  cut = cut.replace(/\[\d*$/, '');
  // An odd number of "**" leaves bold open: close it.
  if ((cut.match(/(?<!\\)\*\*/g)?.length ?? 0) % 2 === 1) cut += '**';
  return `${cut.trimEnd()}…`;
}

/** Keep whole lines while they fit; say how many were left out. */
export function trimLines(lines: string[], max: number, more: (n: number) => string): string {
  const out: string[] = [];
  let len = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tail = more(lines.length - i);
    if (len + line.length + 1 > max - tail.length - 1) {
      out.push(tail);
      break;
    }
    out.push(line);
    len += line.length + 1;
  }
  const joined = out.join('\n');
  return joined.length <= max ? joined : trimText(joined, max);
}
