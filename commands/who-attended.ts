import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer, answerLang } from '../src/discord/answer-interaction.ts';
import { respondMeetings } from '../src/discord/autocomplete.ts';
import { withPrivate } from './options.ts';

export const whoAttended: Command = {
  data: withPrivate(
    new SlashCommandBuilder()
      .setName('who-attended')
      .setNameLocalizations({ vi: 'ai-tham-dự' })
      .setDescription('Attendees, chair and guests of a meeting (all meetings if none is chosen)')
      .setDescriptionLocalizations({ vi: 'Thành phần tham dự, chủ trì của một cuộc họp' })
      .addStringOption((o) =>
        o
          .setName('meeting')
          .setNameLocalizations({ vi: 'cuộc-họp' })
          .setDescription('Which meeting (start typing a title, year or place)')
          .setDescriptionLocalizations({ vi: 'Cuộc họp nào (gõ tên, năm hoặc địa phương)' })
          .setAutocomplete(true),
      ),
  ),
  async execute(interaction, ctx) {
    const doc = interaction.options.getString('meeting') ?? undefined;
    await replyWithAnswer(interaction, ctx.engine.ask('who attended', { doc, structured: true, lang: answerLang(interaction) }), doc ? `f:${doc}` : 'f');
  },
  async autocomplete(interaction, ctx) {
    await respondMeetings(interaction, ctx.engine);
  },
};
