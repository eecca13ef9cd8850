/**
 * /ask (/hỏi): a free question, answered with cited passages.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer, requestLang } from '../src/discord/answer-interaction.ts';
import { withFor, withPrivate } from './options.ts';
import { LIMITS } from '../src/limits.ts';

export const ask: Command = {
  data: withFor(
    withPrivate(
      new SlashCommandBuilder()
        .setName('ask')
        .setNameLocalizations({ vi: 'hỏi' })
        .setDescription('Ask anything about the reports, in English or Vietnamese')
        .setDescriptionLocalizations({ vi: 'Hỏi bất cứ điều gì về các báo cáo' })
        .addStringOption((o) =>
          o
            .setName('question')
            .setNameLocalizations({ vi: 'câu-hỏi' })
            .setDescription('e.g. who attended the 2020 congress?')
            .setDescriptionLocalizations({ vi: 'ví dụ: ai dự đại hội năm 2020?' })
            .setRequired(true)
            .setMaxLength(LIMITS.questionMaxChars),
        ),
    ),
  ).addBooleanOption((o) =>
    o
      .setName('thread')
      .setNameLocalizations({ vi: 'luồng' })
      .setDescription('Open a thread for the answer, where follow-ups lean on this question')
      .setDescriptionLocalizations({ vi: 'Mở một luồng cho câu trả lời; câu hỏi tiếp trong luồng dựa vào câu này' }),
  ),
  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true);
    await replyWithAnswer(interaction, ctx, { kind: 'ask', question, lang: requestLang(interaction) }, { threadName: question });
  },
};
