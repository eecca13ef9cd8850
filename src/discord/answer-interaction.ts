/**
 * The one path every answer takes on Discord, whether asked by a slash
 * command, a mention or a button: request → engine answer → kept state (for
 * the buttons) → embed → respond. Commands only build the request.
 */
import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { Answer } from '../model/answer.ts';
import type { Lang } from '../model/report.ts';
import type { Engine } from '../engine.ts';
import type { AnswerRequest, AnswerState } from './answer-state.ts';
import type { BotContext } from './command.ts';
import { ui, userLang } from './messages.ts';
import { notice, renderAnswer, type DiscordMessage } from './render.ts';
import { acknowledge, respond } from './respond.ts';
import { log } from '../log.ts';
import { citedReports } from '../answer/citations.ts';
import type { ServerSettings } from '../db/settings.ts';
import { trimText } from './trim.ts';

/** Answers recently given, by their state key: paging through sources shows the answer the message holds, not a new computation. */
const RECENT_ANSWERS = 500;
const recent = new Map<string, { corpus: object; answer: Answer }>();

function keep(key: string, engine: Engine, answer: Answer): void {
  recent.delete(key);
  recent.set(key, { corpus: engine.corpus, answer });
  if (recent.size > RECENT_ANSWERS) recent.delete(recent.keys().next().value as string);
}

/** The answer a kept state stands for: the one given, while the corpus is the same; else made again from its request. */
async function keptAnswer(ctx: BotContext, state: AnswerState): Promise<Answer | null> {
  const hit = recent.get(state.key);
  if (hit && hit.corpus === ctx.engine.corpus) return hit.answer;
  const answer = await ctx.answers.answer(state.request);
  if (answer) keep(state.key, ctx.engine, answer);
  return answer;
}

/** What the embed says was asked: the question, or what the command was given. */
function shownQuestion(req: AnswerRequest, lang: Lang): string | undefined {
  if (req.kind !== 'stated') return undefined;
  return req.intent === 'attendees' ? ui(lang).whoAttended : ui(lang).howMany(req.what ?? '');
}

/** The language the answer is shown in: the request's, else the answer's own. */
const shownLang = (req: AnswerRequest, answer: Answer): Lang => req.lang ?? answer.lang;

/** Answer a request, keep its state and render it; page 0, addressed to `forUser` if given. */
export async function answerMessage(
  ctx: BotContext,
  request: AnswerRequest,
  forUser?: string,
  asked: { private?: boolean; conversation?: string; guild?: string | null; user?: string; settings?: ServerSettings } = {},
): Promise<DiscordMessage | null> {
  const settings = asked.settings ?? ctx.db.settings.get(asked.guild);
  // The server's answer language, when it set one, over the member's.
  if (settings.language !== 'auto') request = { ...request, lang: settings.language };
  // A question in a conversation may lean on the one before it ("and in 2018?"); the request says what it assumed.
  const windowMs = (settings.followUpMinutes ?? ctx.followUpMinutes) * 60_000;
  const req =
    request.kind === 'ask' && asked.conversation
      ? ctx.conversations.request(asked.conversation, request.question, request.lang, Date.now(), windowMs)
      : request;
  const answer = await ctx.answers.answer(req);
  if (!answer) return null;
  if (req.kind === 'ask') ctx.conversations.remember(asked.conversation, req, answer);
  const lang = shownLang(req, answer);
  const title = shownQuestion(req, lang);
  const reports = citedReports(answer);
  const key = await ctx.states.remember({
    request: req,
    forUser,
    ...(asked.private ? { private: true } : {}),
    question: title ?? answer.question,
    intent: answer.intent,
    reports,
  });
  keep(key, ctx.engine, answer);
  if (asked.user) noteQuestion(ctx, asked.user, asked.guild ?? null, asked.private ? '' : (title ?? answer.question), answer, reports);
  return renderAnswer(answer, { lang, forUser, key, title });
}

/** What the operator learns (/stats): kept in the database; a failed write costs the statistic, never the answer. */
function noteQuestion(ctx: BotContext, user: string, guild: string | null, question: string, answer: Answer, reports: string[]): void {
  ctx.db.questions
    .record({
      at: new Date().toISOString(),
      guild,
      user,
      question,
      lang: answer.lang,
      intent: answer.intent,
      found: answer.found,
      reports,
    })
    .catch((err: Error) => log.warn(`Could not keep a question for /stats: ${err.message}`));
}

/** Another page of a kept answer's sources (a button click), or null when its report has gone. */
export async function pageOf(ctx: BotContext, state: AnswerState, page: number): Promise<DiscordMessage | null> {
  const answer = await keptAnswer(ctx, state);
  if (!answer) return null;
  const lang = shownLang(state.request, answer);
  // A page is an edit of the answer's message: its chart is attached already.
  return renderAnswer(answer, { lang, page, forUser: state.forUser, key: state.key, title: shownQuestion(state.request, lang), noFiles: true });
}

/** A slash command's answer: the request in the user's language, public or private, for someone or not. */
/**
 * `threadName`: the answer may open a thread with this name (/ask): when the
 * member's `thread` option says so, or, left unset, when the server's default does.
 */
export async function replyWithAnswer(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  req: AnswerRequest,
  opts: { threadName?: string } = {},
): Promise<DiscordMessage | null> {
  // The server's settings, read once for this answer.
  const settings = ctx.db.settings.get(interaction.guildId);
  // A context-menu command has no options: the server's defaults hold.
  const options = interaction.isChatInputCommand() ? interaction.options : null;
  const ephemeral = options?.getBoolean('private') ?? settings.privateByDefault;
  const forUser = ephemeral ? undefined : (options?.getUser('for', false)?.id ?? undefined);
  await acknowledge(interaction, { ephemeral });
  const conversation = conversationOf(interaction.channelId, interaction.user.id, interaction.channel);
  const msg = await answerMessage(ctx, req, forUser, { private: ephemeral, conversation, guild: interaction.guildId, user: interaction.user.id, settings });
  // A request for a report that has gone (picked before a reindex) still gets an answer, not a deferral left "thinking".
  await respond(interaction, msg ?? notice(ui(requestLang(interaction) ?? 'en').noSuchReport('doc' in req ? (req.doc ?? '') : '')), { ephemeral });
  const thread = opts.threadName !== undefined && (options?.getBoolean('thread') ?? settings.threadByDefault);
  if (msg && !ephemeral && thread) await openThread(interaction, ctx, conversation, opts.threadName as string);
  return msg;
}

/**
 * Open a thread on the answer, named for the question, and carry the
 * conversation into it: follow-ups asked there lean on this question. Not in
 * a DM or a thread already; a refusal (no permission) is said to the member.
 */
async function openThread(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  ctx: BotContext,
  conversation: string | undefined,
  name: string,
): Promise<void> {
  const channel = interaction.channel;
  if (!channel || channel.isDMBased() || channel.isThread() || !interaction.inGuild()) return;
  try {
    const reply = await interaction.fetchReply();
    const thread = await reply.startThread({ name: trimText(name.replace(/\s+/g, ' ').trim() || 'Question', 100), autoArchiveDuration: 1440 });
    ctx.conversations.carry(conversation, `thread:${thread.id}`);
  } catch (err) {
    log.warn(`Could not open a thread for an answer in channel ${interaction.channelId}: ${(err as Error).message}`);
    await respond(interaction, notice(ui(requestLang(interaction) ?? 'en').noThread), { ephemeral: true, followUp: true }).catch(() => undefined);
  }
}

/**
 * Which conversation a question belongs to: a thread is one conversation for
 * everyone in it, a DM is one, and in a channel each member has their own.
 */
export function conversationOf(channelId: string | null, userId: string, channel: { isThread(): boolean; isDMBased(): boolean } | null): string | undefined {
  if (!channelId) return undefined;
  if (channel?.isThread()) return `thread:${channelId}`;
  if (channel?.isDMBased()) return `dm:${channelId}`;
  return `channel:${channelId}:${userId}`;
}

/** The language a slash command's answer is given in: Vietnamese for a Vietnamese locale, else the question's own. */
export function requestLang(interaction: { locale: string }): Lang | undefined {
  return userLang({ locale: interaction.locale }) === 'vi' ? 'vi' : undefined;
}
