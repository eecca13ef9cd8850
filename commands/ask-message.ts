/**
 * "Ask the reports" (message context menu, "Hỏi kho báo cáo"): a member's
 * message, taken as the question. The answer is public, in reply to the
 * command, and pings no one; a message with no text says so privately.
 */
import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType } from 'discord.js';
import type { MessageCommand } from '../src/discord/command.ts';
import { replyWithAnswer } from '../src/discord/answer-interaction.ts';
import { notice } from '../src/discord/render.ts';
import { respond } from '../src/discord/respond.ts';
import { localeLang, ui } from '../src/discord/messages.ts';
import { LIMITS } from '../src/limits.ts';

export const askMessage: MessageCommand = {
  type: 'message',
  data: new ContextMenuCommandBuilder()
    .setName('Ask the reports')
    .setNameLocalizations({ vi: 'Hỏi kho báo cáo' })
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),
  async execute(interaction, ctx) {
    // A message's text reaches a context-menu command without the Message Content intent.
    const question = interaction.targetMessage.content.replace(/\s+/g, ' ').trim().slice(0, LIMITS.questionMaxChars);
    if (!question) {
      await respond(interaction, notice(ui(localeLang(interaction.locale)).noQuestionInMessage), { ephemeral: true });
      return;
    }
    await replyWithAnswer(interaction, ctx, { kind: 'ask', question, ...(localeLang(interaction.locale) === 'vi' ? { lang: 'vi' as const } : {}) });
  },
};
