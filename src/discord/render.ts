/**
 * Rendering answers for Discord: an embed with the answer text and its [n]
 * markers, the sources as fields (title, date, paragraph, snippet with the
 * matched words in bold), pages of sources and 👍/👎 buttons whose state lives
 * in their custom ids, and allowedMentions that ping nobody.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer } from '../model/answer.ts';
import type { Lang } from '../model/report.ts';
import { BOT, DISCORD } from './limits.ts';
import { trimText, trimLines } from './trim.ts';
import { lineText, type LineStyle } from '../render/text.ts';
import { escapeMarkdown } from '../search/snippet.ts';
import { ui } from './messages.ts';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** attachments (a trend's chart), shown in the embed as attachment://name */
  files?: { name: string; data: Uint8Array }[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; users?: string[]; repliedUser?: boolean };
}

/** No pings, ever, except the one user an answer is addressed to. */
export function noPings(users: string[] = []): DiscordMessage['allowedMentions'] {
  return users.length ? { parse: [], users, repliedUser: false } : { parse: [], repliedUser: false };
}

/** Neutralise mention syntax in text we echo (questions, snippets), on top of allowedMentions. */
export function defuseMentions(s: string): string {
  return s.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@([!&]?)(\d+)>/g, '<@\u200b$1$2>');
}

/**
 * Custom ids carry what a button needs: the page and the key of the answer's
 * kept state (answer-state.ts), never the question itself (it may not fit in
 * 100 characters, and nothing is read back from the rendered message).
 */
export const CUSTOM_ID = {
  sources: (page: number, key: string) => `v2:src:${page}:${key}`,
  vote: (up: boolean, key: string) => `v2:vote:${up ? 'up' : 'down'}:${key}`,
  reports: (page: number) => `v2:rep:${page}`,
};

export type ParsedCustomId =
  | { kind: 'sources'; page: number; key: string }
  | { kind: 'vote'; up: boolean; key: string }
  | { kind: 'reports'; page: number }
  | { kind: 'unknown' };

export function parseCustomId(id: string): ParsedCustomId {
  let m = /^v2:src:(\d{1,4}):([\w-]{6,16})$/.exec(id);
  if (m) return { kind: 'sources', page: Number(m[1]), key: m[2] };
  m = /^v2:vote:(up|down):([\w-]{6,16})$/.exec(id);
  if (m) return { kind: 'vote', up: m[1] === 'up', key: m[2] };
  m = /^v2:rep:(\d{1,4})$/.exec(id);
  if (m) return { kind: 'reports', page: Number(m[1]) };
  return { kind: 'unknown' };
}

function sourceField(c: Answer['citations'][number], lang: Lang): APIEmbedField {
  const L = ui(lang);
  const name = trimText(`[${c.n}] ${c.title} — ${c.date ?? L.noDate}, ${L.paragraph}${c.paragraph}`, DISCORD.fieldName);
  // The address ends the value, whole, so that trimming a long snippet never cuts the link.
  const link = c.url && c.url.length <= 400 ? ` · [${L.source}](${c.url.replace(/\)/g, '%29')})` : '';
  const value = `${trimText(`> ${defuseMentions(c.snippet)}`, DISCORD.fieldValue - c.doc.length - link.length - 3)}\n\`${c.doc}\`${link}`;
  return { name, value };
}

/** Answer lines as Discord markdown: the report's words escaped and defused, headings bold. */
const DISCORD_STYLE: LineStyle = { strong: (s) => `**${s}**`, escape: (s) => defuseMentions(escapeMarkdown(s)) };

export interface RenderOptions {
  lang: Lang;
  /** page of sources, from 0 */
  page?: number;
  /** address the answer to this user (pings only them) */
  forUser?: string;
  /** show feedback buttons */
  feedback?: boolean;
  /** the key of the answer's kept state, which its buttons carry (none: no buttons) */
  key?: string;
  /** the embed's title and footer question when the answer's own text is not what was asked (/who-attended) */
  title?: string;
  /** an edit of the message (paging): its attachment is already there */
  noFiles?: boolean;
}

/** The chart's attachment name. */
export const CHART_FILE = 'trend.png';

/** An answer as one Discord message within every limit. */
export function renderAnswer(a: Answer, opts: RenderOptions): DiscordMessage {
  const L = ui(opts.lang);
  const pages = Math.max(1, Math.ceil(a.citations.length / BOT.sourcesPerPage));
  const page = Math.min(Math.max(0, opts.page ?? 0), pages - 1);
  const shown = a.citations.slice(page * BOT.sourcesPerPage, (page + 1) * BOT.sourcesPerPage);
  const lines = a.lines.map((l) => lineText(l, DISCORD_STYLE));
  const description = trimLines(lines, DISCORD.embedDescription - 200, (n) => `… (+${n})`);
  const embed: APIEmbed = {
    title: trimText(defuseMentions(opts.title ?? a.question) || L.asked, DISCORD.embedTitle),
    description,
    color: a.found ? 0x2e7d32 : 0x9e9e9e,
    fields: shown.map((c) => sourceField(c, opts.lang)).slice(0, DISCORD.fields),
    footer: { text: trimText(`${L.questionPrefix}${opts.title ?? a.question}${pages > 1 ? ` · ${page + 1}/${pages}` : ''}`, DISCORD.footer) },
  };
  // Stay under 6000 characters of embed text: drop sources from the end, they stay reachable by paging.
  while (embedLength(embed) > DISCORD.embedTotal && (embed.fields?.length ?? 0) > 1) embed.fields!.pop();
  if (embedLength(embed) > DISCORD.embedTotal)
    embed.description = trimText(embed.description ?? '', DISCORD.embedTotal - embedLength({ ...embed, description: '' }) - 10);

  const buttons: APIButtonComponent[] = [];
  const key = opts.key;
  if (key && page > 0) buttons.push({ type: 2, style: 2, label: L.prev, custom_id: CUSTOM_ID.sources(page - 1, key) });
  if (key && page < pages - 1) buttons.push({ type: 2, style: 1, label: `${L.more} (${page + 2}/${pages})`, custom_id: CUSTOM_ID.sources(page + 1, key) });
  if (key && opts.feedback !== false) {
    buttons.push({ type: 2, style: 2, emoji: { name: '👍' }, custom_id: CUSTOM_ID.vote(true, key) });
    buttons.push({ type: 2, style: 2, emoji: { name: '👎' }, custom_id: CUSTOM_ID.vote(false, key) });
  }
  // A trend's chart: attached to the first page, and shown by every page (an edit keeps the attachment).
  if (a.picture) embed.image = { url: `attachment://${CHART_FILE}` };
  const msg: DiscordMessage = {
    ...(a.picture && !opts.noFiles ? { files: [{ name: CHART_FILE, data: a.picture.png }] } : {}),
    embeds: [embed],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    allowedMentions: noPings(opts.forUser ? [opts.forUser] : []),
  };
  if (opts.forUser) msg.content = `<@${opts.forUser}>`;
  return msg;
}

export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** A plain notice (errors, cooldown, permissions): short, never pings. */
export function notice(text: string): DiscordMessage {
  return { content: trimText(defuseMentions(text), DISCORD.content), embeds: [], components: [], allowedMentions: noPings() };
}
