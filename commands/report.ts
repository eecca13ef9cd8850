import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { langOf } from '../src/discord/command.ts';
import { respondMeetings } from '../src/discord/autocomplete.ts';
import { renderAnswer, notice } from '../src/discord/render.ts';
import { send } from '../src/discord/reply.ts';
import { withPrivate } from './options.ts';

export const report: Command = {
  data: withPrivate(
    new SlashCommandBuilder()
      .setName('report')
      .setNameLocalizations({ vi: 'báo-cáo' })
      .setDescription('One report: its facts at a glance and where they come from')
      .setDescriptionLocalizations({ vi: 'Một báo cáo: các thông tin chính và nguồn' })
      .addStringOption((o) =>
        o
          .setName('id')
          .setNameLocalizations({ vi: 'mã' })
          .setDescription('The report (start typing its title, year or file name)')
          .setDescriptionLocalizations({ vi: 'Báo cáo (gõ tên, năm hoặc tên tệp)' })
          .setRequired(true)
          .setAutocomplete(true),
      ),
  ),
  async execute(interaction, ctx) {
    const lang = langOf(interaction.locale);
    const id = interaction.options.getString('id', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const summary = ctx.engine.summarize(id, lang);
    if (!summary) {
      await send(
        interaction,
        notice(lang === 'vi' ? `Không có báo cáo "${id}". Hãy chọn từ gợi ý.` : `There is no report "${id}". Pick one from the suggestions.`),
        true,
      );
      return;
    }
    await send(interaction, renderAnswer(summary, { lang, state: `r:${id}` }), ephemeral);
  },
  async autocomplete(interaction, ctx) {
    await respondMeetings(interaction, ctx.engine);
  },
};
