/** /stats as an embed: the same lines `npm run stats` prints, members' questions escaped so they cannot format or ping. */
import type { Stats } from '../db/stats.ts';
import type { Lang } from '../model/report.ts';
import { statsLines } from '../render/stats.ts';
import { escapeMarkdown } from '../search/snippet.ts';
import { DISCORD } from './limits.ts';
import { ui } from './messages.ts';
import { defuseMentions, noPings, type DiscordMessage } from './render.ts';
import { trimText } from './trim.ts';

export function renderStats(stats: Stats, lang: Lang): DiscordMessage {
  const lines = statsLines(stats, lang, (q) => `“${defuseMentions(escapeMarkdown(trimText(q, 200)))}”`);
  // The per-day bars line up in a code block.
  const start = lines.findIndex((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
  if (start >= 0) {
    let end = start;
    while (end < lines.length && /^\d{4}-\d{2}-\d{2} /.test(lines[end] ?? '')) end++;
    lines.splice(start, end - start, '```', ...lines.slice(start, end), '```');
  }
  return {
    content: '',
    embeds: [{ title: ui(lang).statsTitle, description: trimText(lines.join('\n'), DISCORD.embedDescription), color: 0x2b6cb0 }],
    components: [],
    allowedMentions: noPings(),
  };
}
