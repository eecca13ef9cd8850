/** /help (/trợ-giúp): what the bot answers, with example questions in the user's language. */
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { respond } from '../src/discord/respond.ts';
import { noPings } from '../src/discord/render.ts';
import { localeLang, ui } from '../src/discord/messages.ts';
import { T } from '../src/answer/messages.ts';
import { withPrivate } from './options.ts';

export const help: Command = {
  data: withPrivate(
    new SlashCommandBuilder()
      .setName('help')
      .setNameLocalizations({ vi: 'trợ-giúp' })
      .setDescription('What the bot can answer, with examples')
      .setDescriptionLocalizations({ vi: 'Bot trả lời được gì, kèm ví dụ' }),
  ),
  async execute(interaction) {
    const lang = localeLang(interaction.locale);
    const msg = { embeds: [{ title: ui(lang).helpTitle, description: `${T[lang].help}\n\n${ui(lang).commands}` }], components: [], allowedMentions: noPings() };
    await respond(interaction, msg, { ephemeral: interaction.options.getBoolean('private') ?? true });
  },
};
