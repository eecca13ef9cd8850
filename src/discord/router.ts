/**
 * Routing Discord events to the commands and the engine: slash commands,
 * autocomplete, buttons and mentions. Every handler is wrapped so that a
 * failure answers with an error id and the bot keeps serving.
 */
import { randomBytes } from 'node:crypto';
import type { ButtonInteraction, Interaction, Message } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { BotContext, Command } from './command.ts';
import { langOf } from './command.ts';
import { Cooldown } from './cooldown.ts';
import { BOT } from './limits.ts';
import { notice, parseCustomId, questionFromFooter, renderAnswer, noPings } from './render.ts';
import { renderReports } from './render-reports.ts';
import { send } from './reply.ts';
import { log } from '../log.ts';
import { T } from '../answer/messages.ts';

const SORRY = {
  en: (id: string) => `Sorry, something went wrong while answering. The operator can find it in the logs under error id \`${id}\`.`,
  vi: (id: string) => `Xin lỗi, đã có lỗi khi trả lời. Quản trị viên có thể tra trong nhật ký với mã lỗi \`${id}\`.`,
};
const SLOW_DOWN = {
  en: (s: number) => `You are asking quickly — please wait ${s} s and ask again.`,
  vi: (s: number) => `Bạn hỏi hơi nhanh — vui lòng đợi ${s} giây rồi hỏi lại.`,
};
const STALE_BUTTON = {
  en: 'This button belongs to an older answer and no longer works. Please ask again.',
  vi: 'Nút này thuộc câu trả lời cũ và không còn dùng được. Vui lòng hỏi lại.',
};

export interface RouterOptions {
  /** log timing of first responses (ms) — also handy for tests */
  onTiming?: (what: string, ms: number) => void;
}

export class Router {
  private byName: Map<string, Command>;
  private cooldown = new Cooldown(BOT.cooldownMax, BOT.cooldownWindowMs);

  constructor(
    private ctx: BotContext,
    commands: Command[],
    private opts: RouterOptions = {},
  ) {
    this.byName = new Map(commands.map((c) => [c.data.name, c]));
  }

  private timing(what: string, started: number): void {
    const ms = Date.now() - started;
    log.info(`${what} answered in ${ms} ms`);
    this.opts.onTiming?.(what, ms);
  }

  async onInteraction(interaction: Interaction): Promise<void> {
    const started = Date.now();
    const lang = langOf(interaction.locale);
    try {
      if (interaction.isAutocomplete()) {
        const cmd = this.byName.get(interaction.commandName);
        await (cmd?.autocomplete ? cmd.autocomplete(interaction, this.ctx) : interaction.respond([]));
        return;
      }
      if (interaction.isChatInputCommand()) {
        const cmd = this.byName.get(interaction.commandName);
        if (!cmd) {
          await send(interaction, notice(lang === 'vi' ? 'Lệnh này không còn nữa.' : 'That command no longer exists.'), true);
          return;
        }
        if (cmd.data.name !== 'help') {
          const wait = this.cooldown.take(interaction.user.id);
          if (wait > 0) {
            await send(interaction, notice(SLOW_DOWN[lang](Math.ceil(wait / 1000))), true);
            return;
          }
        }
        await cmd.execute(interaction, this.ctx);
        this.timing(`/${interaction.commandName}`, started);
        return;
      }
      if (interaction.isButton()) {
        await this.onButton(interaction, lang);
        this.timing(`button ${interaction.customId}`, started);
      }
    } catch (err) {
      const id = randomBytes(4).toString('hex');
      log.error(`[${id}] ${describe(interaction)} failed: ${(err as Error).stack ?? String(err)}`);
      if (!interaction.isRepliable()) return;
      try {
        const msg = notice(SORRY[lang](id));
        if (interaction.deferred || interaction.replied)
          await interaction.followUp({ content: msg.content, allowedMentions: msg.allowedMentions, flags: MessageFlags.Ephemeral });
        else await interaction.reply({ content: msg.content, allowedMentions: msg.allowedMentions, flags: MessageFlags.Ephemeral });
      } catch (err2) {
        log.error(`[${id}] could not tell the user: ${(err2 as Error).message}`);
      }
    }
  }

  private async onButton(interaction: ButtonInteraction, lang: 'en' | 'vi'): Promise<void> {
    const parsed = parseCustomId(interaction.customId);
    const embed = interaction.message.embeds[0];
    switch (parsed.kind) {
      case 'reports':
        await interaction.update({ ...renderReports(this.ctx.engine, parsed.page, lang) });
        return;
      case 'sources': {
        const question = questionFromFooter(embed?.footer?.text);
        const answer =
          parsed.mode === 'r' && parsed.doc
            ? this.ctx.engine.summarize(parsed.doc, lang)
            : question !== null
              ? this.ctx.engine.ask(question, {
                  doc: parsed.doc ?? undefined,
                  search: parsed.mode === 's',
                  structured: parsed.mode === 'f',
                  limit: parsed.limit ?? undefined,
                })
              : null;
        if (!answer) {
          await send(interaction, notice(STALE_BUTTON[lang]), true);
          return;
        }
        const state = `${parsed.mode}${parsed.limit ?? ''}${parsed.doc ? `:${parsed.doc}` : ''}`;
        const forUser = interaction.message.content.match(/^<@(\d+)>$/)?.[1];
        const msg = renderAnswer(answer, { lang: answer.lang === 'vi' || lang === 'vi' ? 'vi' : 'en', page: parsed.page, state, forUser });
        // Only the user the answer is for may be pinged, and an update must not ping again.
        await interaction.update({ content: msg.content ?? '', embeds: msg.embeds, components: msg.components, allowedMentions: noPings() });
        return;
      }
      case 'vote': {
        const question = questionFromFooter(embed?.footer?.text) ?? '';
        const reports = [...new Set((embed?.fields ?? []).map((f) => /`([^`]+)`\s*$/.exec(f.value)?.[1]).filter((x): x is string => Boolean(x)))];
        const recorded = await this.ctx.feedback.record({
          at: new Date().toISOString(),
          user: interaction.user.id,
          message: interaction.message.id,
          vote: parsed.up ? 'up' : 'down',
          question,
          intent: question ? this.ctx.engine.ask(question).intent : null,
          reports,
        });
        const text = recorded
          ? lang === 'vi'
            ? 'Cảm ơn bạn đã góp ý!'
            : 'Thanks for the feedback!'
          : lang === 'vi'
            ? 'Bạn đã bình chọn cho câu trả lời này rồi.'
            : 'You already voted on this answer.';
        await send(interaction, notice(text), true);
        return;
      }
      default:
        await send(interaction, notice(STALE_BUTTON[lang]), true);
    }
  }

  /** A message that mentions the bot (or any DM): answer it as a reply, with no pings. */
  async onMessage(message: Message, botId: string): Promise<void> {
    if (message.author.bot || message.author.id === botId) return;
    const isDm = !message.inGuild();
    if (!isDm && !message.mentions.users.has(botId)) return;
    const started = Date.now();
    try {
      const question = message.content
        .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const wait = this.cooldown.take(message.author.id);
      if (wait > 0) {
        const lang = /[À-ỹ]/u.test(question) ? 'vi' : 'en';
        await message.reply({ content: SLOW_DOWN[lang](Math.ceil(wait / 1000)), allowedMentions: noPings() });
        return;
      }
      if (question === '') {
        await message.reply({ content: T.en.help, allowedMentions: noPings() });
        return;
      }
      const answer = this.ctx.engine.ask(question);
      const msg = renderAnswer(answer, { lang: answer.lang });
      // A deleted question still gets its answer, as a plain message.
      await message.reply({ embeds: msg.embeds, components: msg.components, allowedMentions: msg.allowedMentions, failIfNotExists: false });
      this.timing('mention', started);
    } catch (err) {
      const id = randomBytes(4).toString('hex');
      log.error(`[${id}] answering a mention failed: ${(err as Error).stack ?? String(err)}`);
      await message.reply({ content: SORRY.en(id), allowedMentions: noPings() }).catch(() => undefined);
    }
  }
}

function describe(i: Interaction): string {
  if (i.isChatInputCommand() || i.isAutocomplete()) return `/${i.commandName} from ${i.user.id}`;
  if (i.isButton()) return `button ${i.customId} from ${i.user.id}`;
  return `interaction ${i.id}`;
}
