/** /reports (/danh-sách): the reports in the corpus, by title, date, office and byline. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { renderReports } from '../src/discord/render-reports.ts';
import { respond } from '../src/discord/respond.ts';
import { localeLang } from '../src/discord/messages.ts';
import { withPrivate } from './options.ts';

export const reports: Command = {
  data: withPrivate(
    new SlashCommandBuilder()
      .setName('reports')
      .setNameLocalizations({ vi: 'danh-sách' })
      .setDescription('The reports in the corpus: title, date, office and byline')
      .setDescriptionLocalizations({ vi: 'Các báo cáo trong kho: tiêu đề, ngày, cơ quan, tác giả' }),
  ),
  async execute(interaction, ctx) {
    await respond(interaction, renderReports(ctx.engine, 0, localeLang(interaction.locale)), { ephemeral: interaction.options.getBoolean('private') ?? false });
  },
};
