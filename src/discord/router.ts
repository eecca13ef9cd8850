/**
 * Routing Discord events to the commands and the engine: slash commands,
 * autocomplete, buttons and mentions. Every handler is wrapped so that a
 * failure answers with an error id and the bot keeps serving.
 */
import type { ButtonInteraction, Interaction, Message, RepliableInteraction } from 'discord.js';
import { isMessageCommand, type AnyCommand, type BotContext, type Command, type MessageCommand } from './command.ts';
import { Cooldown } from './cooldown.ts';
import { BOT } from './limits.ts';
import { notice, parseCustomId } from './render.ts';
import { renderReports } from './render-reports.ts';
import { acknowledge, respond, respondError, respondToMessage, respondUpdate } from './respond.ts';
import { answerMessage, conversationOf, pageOf } from './answer-interaction.ts';
import { ui, userLang } from './messages.ts';
import type { Lang } from '../model/report.ts';
import { log } from '../log.ts';
import { T } from '../answer/messages.ts';
import { AnswerTimeout } from '../answer-thread.ts';
import { answersMentionsIn } from '../db/settings.ts';

export interface RouterOptions {
  /** log timing of first responses (ms) — also handy for tests */
  onTiming?: (what: string, ms: number) => void;
}

/** Commands that compute no answer, so the questions' cooldown does not apply to them. */
const UNMETERED = new Set(['help', 'settings', 'stats']);

export class Router {
  private byName: Map<string, Command>;
  private byMenu: Map<string, MessageCommand>;
  private cooldown = new Cooldown(BOT.cooldownMax, BOT.cooldownWindowMs);

  constructor(
    private ctx: BotContext,
    commands: AnyCommand[],
    private opts: RouterOptions = {},
  ) {
    this.byName = new Map(commands.filter((c): c is Command => !isMessageCommand(c)).map((c) => [c.data.name, c]));
    this.byMenu = new Map(commands.filter(isMessageCommand).map((c) => [c.data.name, c]));
  }

  private timing(what: string, started: number): void {
    const ms = Date.now() - started;
    log.info(`${what} answered in ${ms} ms`);
    this.opts.onTiming?.(what, ms);
  }

  async onInteraction(interaction: Interaction): Promise<void> {
    const started = Date.now();
    const lang = userLang({ locale: interaction.locale });
    try {
      if (interaction.isAutocomplete()) {
        const cmd = this.byName.get(interaction.commandName);
        await (cmd?.autocomplete ? cmd.autocomplete(interaction, this.ctx) : interaction.respond([]));
        return;
      }
      if (interaction.isChatInputCommand()) {
        const cmd = this.byName.get(interaction.commandName);
        if (!cmd) {
          await respond(interaction, notice(ui(lang).noSuchCommand), { ephemeral: true });
          return;
        }
        if (!UNMETERED.has(cmd.data.name) && (await this.slowedDown(interaction, lang))) return;
        await cmd.execute(interaction, this.ctx);
        this.timing(`/${interaction.commandName}`, started);
        return;
      }
      if (interaction.isMessageContextMenuCommand()) {
        const cmd = this.byMenu.get(interaction.commandName);
        if (!cmd) {
          await respond(interaction, notice(ui(lang).noSuchCommand), { ephemeral: true });
          return;
        }
        if (await this.slowedDown(interaction, lang)) return;
        await cmd.execute(interaction, this.ctx);
        this.timing(`menu ${interaction.commandName}`, started);
        return;
      }
      if (interaction.isButton()) {
        await this.onButton(interaction, lang);
        this.timing(`button ${interaction.customId}`, started);
      }
    } catch (err) {
      const slow = err instanceof AnswerTimeout;
      // A given-up answer is the question's size, not a bug: one line, no stack.
      const id = log.error(`${describe(interaction)} failed: ${slow ? err.message : ((err as Error).stack ?? String(err))}`);
      if (!interaction.isRepliable()) return;
      try {
        await respondError(interaction, notice(slow ? ui(lang).tooSlow(id) : ui(lang).sorry(id)));
      } catch (err2) {
        log.error(`could not tell the user: ${(err2 as Error).message}`, { errorId: id });
      }
    }
  }

  /** The questions' cooldown: true (and the member told, privately) when they must wait. */
  private async slowedDown(interaction: RepliableInteraction, lang: Lang): Promise<boolean> {
    const wait = this.cooldown.take(interaction.user.id);
    if (wait > 0) await respond(interaction, notice(ui(lang).slowDown(Math.ceil(wait / 1000))), { ephemeral: true });
    return wait > 0;
  }

  private async onButton(interaction: ButtonInteraction, lang: Lang): Promise<void> {
    const parsed = parseCustomId(interaction.customId);
    if (parsed.kind === 'reports') {
      await respondUpdate(interaction, renderReports(this.ctx.engine, parsed.page, lang));
      return;
    }
    const state = parsed.kind === 'unknown' ? null : await this.ctx.states.get(parsed.key);
    if (parsed.kind === 'sources' && state) {
      // Paging shares the questions' cooldown, and is acknowledged before the page is made.
      if (await this.slowedDown(interaction, lang)) return;
      await acknowledge(interaction);
      const msg = await pageOf(this.ctx, state, parsed.page);
      if (msg) {
        await respondUpdate(interaction, msg);
        return;
      }
    }
    if (parsed.kind === 'vote' && state) {
      // The vote records what the answer was when it was given: kept with it, not recomputed or read off the embed.
      const recorded = await this.ctx.db.votes
        .record({
          at: new Date().toISOString(),
          user: interaction.user.id,
          message: interaction.message.id,
          vote: parsed.up ? 'up' : 'down',
          // A private question stays private: the vote keeps what kind of question it was and what it cited.
          question: state.private ? '' : state.question,
          intent: state.intent,
          reports: state.reports,
          guild: interaction.guildId,
        })
        .catch((err: Error) => log.error(`Could not save a vote to the database: ${err.message}`));
      // A vote that could not be written is said to be lost (the retry will count), never "already voted".
      // Each member sees the vote that counts: the one just cast, or the one cast before.
      const cast = parsed.up ? 'up' : 'down';
      const said =
        typeof recorded === 'string'
          ? ui(lang).voteNotSaved(recorded)
          : recorded
            ? ui(lang).thanks(cast)
            : ui(lang).alreadyVoted((await this.ctx.db.votes.voteOf(interaction.message.id, interaction.user.id)) ?? cast);
      await respond(interaction, notice(said), { ephemeral: true });
      return;
    }
    // After a deferred page this is a private follow-up, never an edit of the answer the button sits on.
    await respond(interaction, notice(ui(lang).staleButton), { ephemeral: true, followUp: true });
  }

  /** A message that mentions the bot (or any DM): answer it as a reply, with no pings. */
  async onMessage(message: Message, botId: string): Promise<void> {
    if (message.author.bot || message.author.id === botId) return;
    const isDm = !message.inGuild();
    if (!isDm && !message.mentions.users.has(botId)) return;
    // The server may answer mentions in some channels only (/settings); elsewhere the bot stays quiet.
    const parent = message.channel.isThread() ? message.channel.parentId : null;
    if (!isDm && !answersMentionsIn(this.ctx.db.settings.get(message.guildId), message.channelId, parent)) return;
    const started = Date.now();
    const question = message.content
      .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
      .replace(/\s+/g, ' ')
      .trim();
    // A mention has no locale: the question's language, and for an empty one the server's.
    const lang = userLang({ text: question, guildLocale: message.guild?.preferredLocale });
    try {
      const wait = this.cooldown.take(message.author.id);
      if (wait > 0) {
        await respondToMessage(message, notice(ui(lang).slowDown(Math.ceil(wait / 1000))));
        return;
      }
      if (question === '') {
        await respondToMessage(message, notice(T[lang].help));
        return;
      }
      const msg = await answerMessage(this.ctx, { kind: 'ask', question }, undefined, {
        conversation: conversationOf(message.channelId, message.author.id, message.channel),
        guild: message.guildId,
        user: message.author.id,
      });
      if (msg) await respondToMessage(message, msg);
      this.timing('mention', started);
    } catch (err) {
      const slow = err instanceof AnswerTimeout;
      const id = log.error(`answering a mention failed: ${slow ? err.message : ((err as Error).stack ?? String(err))}`);
      await respondToMessage(message, notice(slow ? ui(lang).tooSlow(id) : ui(lang).sorry(id))).catch((err2: Error) =>
        log.error(`could not tell the user: ${err2.message}`, { errorId: id }),
      );
    }
  }
}

function describe(i: Interaction): string {
  if (i.isChatInputCommand() || i.isAutocomplete()) return `/${i.commandName} from ${i.user.id}`;
  if (i.isContextMenuCommand()) return `"${i.commandName}" from ${i.user.id}`;
  if (i.isButton()) return `button ${i.customId} from ${i.user.id}`;
  return `interaction ${i.id}`;
}
