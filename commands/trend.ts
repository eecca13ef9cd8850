/**
 * /trend (/xu-hướng): one kind of figure across years and offices, as a chart
 * and as the list of every plotted value with its quoted source. Nothing is
 * plotted that a report does not state.
 */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer, requestLang } from '../src/discord/answer-interaction.ts';
import { respondTrend } from '../src/discord/autocomplete.ts';
import { withFor, withPrivate } from './options.ts';

export const trend: Command = {
  data: withFor(
    withPrivate(
      new SlashCommandBuilder()
        .setName('trend')
        .setNameLocalizations({ vi: 'xu-hướng' })
        .setDescription('A figure across years and offices, as a chart with every value quoted')
        .setDescriptionLocalizations({ vi: 'Một số liệu qua các năm và các cơ quan: biểu đồ, kèm trích dẫn từng số' })
        .addStringOption((o) =>
          o
            .setName('what')
            .setNameLocalizations({ vi: 'số-liệu' })
            .setDescription('documents received, meetings, new party members…')
            .setDescriptionLocalizations({ vi: 'văn bản đến, cuộc họp, đảng viên mới…' })
            .setRequired(true)
            .setMaxLength(100)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          o
            .setName('office')
            .setNameLocalizations({ vi: 'cơ-quan' })
            .setDescription('Only reports that name this office or province, e.g. Văn phòng UBND tỉnh Hải Dương')
            .setDescriptionLocalizations({ vi: 'Chỉ các báo cáo nêu cơ quan hoặc tỉnh này, ví dụ Văn phòng UBND tỉnh Hải Dương' })
            .setMaxLength(100),
        )
        .addIntegerOption((o) =>
          o
            .setName('from')
            .setNameLocalizations({ vi: 'từ-năm' })
            .setDescription('First year')
            .setDescriptionLocalizations({ vi: 'Từ năm' })
            .setMinValue(1945)
            .setMaxValue(2100),
        )
        .addIntegerOption((o) =>
          o
            .setName('to')
            .setNameLocalizations({ vi: 'đến-năm' })
            .setDescription('Last year')
            .setDescriptionLocalizations({ vi: 'Đến năm' })
            .setMinValue(1945)
            .setMaxValue(2100),
        ),
    ),
  ),
  async execute(interaction, ctx) {
    const o = interaction.options;
    const [from, to] = [o.getInteger('from') ?? undefined, o.getInteger('to') ?? undefined];
    await replyWithAnswer(interaction, ctx, {
      kind: 'trend',
      what: o.getString('what', true),
      ...(o.getString('office') ? { office: o.getString('office') as string } : {}),
      // Years given the wrong way round are read as the range they name.
      ...(from !== undefined && to !== undefined && from > to ? { from: to, to: from } : { from, to }),
      lang: requestLang(interaction),
    });
  },
  async autocomplete(interaction, ctx) {
    await respondTrend(interaction, ctx.engine);
  },
};
