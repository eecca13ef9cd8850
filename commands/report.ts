/** /report (/báo-cáo): one report's facts at a glance, each with the passage it comes from. */
import { reportIdOf } from '../src/discord/report-keys.ts';
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { respondMeetings } from '../src/discord/autocomplete.ts';
import { notice } from '../src/discord/render.ts';
import { acknowledge, respond } from '../src/discord/respond.ts';
import { answerMessage } from '../src/discord/answer-interaction.ts';
import { localeLang, ui } from '../src/discord/messages.ts';
import { withFor, withPrivate } from './options.ts';

export const report: Command = {
  data: withFor(
    withPrivate(
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
  ),
  async execute(interaction, ctx) {
    const lang = localeLang(interaction.locale);
    const id = reportIdOf(ctx.engine, interaction.options.getString('id', true));
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    // An unknown id is told at once and privately; a known one may take a while to summarise.
    if (!ctx.engine.corpus.reports.some((r) => r.id === id)) {
      await respond(interaction, notice(ui(lang).noSuchReport(id)), { ephemeral: true });
      return;
    }
    await acknowledge(interaction, { ephemeral });
    // Addressed to a member, like every answering command (a private answer is for the asker only).
    const forUser = ephemeral ? undefined : interaction.options.getUser('for', false)?.id;
    const msg = await answerMessage(ctx, { kind: 'report', doc: id, lang }, forUser, { private: ephemeral });
    await respond(interaction, msg ?? notice(ui(lang).noSuchReport(id)), { ephemeral });
  },
  async autocomplete(interaction, ctx) {
    await respondMeetings(interaction, ctx.engine);
  },
};
