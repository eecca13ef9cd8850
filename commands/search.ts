/** /search (/tìm): the passages that best match some words, with highlighted snippets. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer, requestLang } from '../src/discord/answer-interaction.ts';
import { withFor, withPrivate } from './options.ts';
import { LIMITS } from '../src/limits.ts';

export const search: Command = {
  data: withFor(
    withPrivate(
      new SlashCommandBuilder()
        .setName('search')
        .setNameLocalizations({ vi: 'tìm' })
        .setDescription('The passages that best match some words, with highlighted snippets')
        .setDescriptionLocalizations({ vi: 'Các đoạn văn khớp nhất, có tô đậm từ khớp' })
        .addStringOption((o) =>
          o
            .setName('query')
            .setNameLocalizations({ vi: 'từ-khóa' })
            .setDescription('Words to look for (accents optional)')
            .setDescriptionLocalizations({ vi: 'Từ cần tìm (có dấu hoặc không dấu)' })
            .setRequired(true)
            .setMaxLength(LIMITS.questionMaxChars),
        )
        .addIntegerOption((o) =>
          o
            .setName('limit')
            .setNameLocalizations({ vi: 'số-kết-quả' })
            .setDescription('How many passages (1–10)')
            .setDescriptionLocalizations({ vi: 'Bao nhiêu đoạn (1–10)' })
            .setMinValue(1)
            .setMaxValue(LIMITS.maxSearchResults),
        ),
    ),
  ),
  async execute(interaction, ctx) {
    const query = interaction.options.getString('query', true);
    const limit = interaction.options.getInteger('limit') ?? undefined;
    await replyWithAnswer(interaction, ctx, { kind: 'search', query, limit, lang: requestLang(interaction) });
  },
};
