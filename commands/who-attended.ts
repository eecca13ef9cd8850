/** /who-attended (/ai-tham-dự): attendees, chair and guests of a meeting, stated as fields. */
import { reportIdOf } from '../src/discord/report-keys.ts';
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer } from '../src/discord/answer-interaction.ts';
import { respondMeetings } from '../src/discord/autocomplete.ts';
import { withFor, withPrivate } from './options.ts';
import { localeLang } from '../src/discord/messages.ts';

export const whoAttended: Command = {
  data: withFor(
    withPrivate(
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
  ),
  async execute(interaction, ctx) {
    const picked = interaction.options.getString('meeting');
    const doc = picked ? reportIdOf(ctx.engine, picked) : undefined;
    await replyWithAnswer(interaction, ctx, { kind: 'stated', intent: 'attendees', doc, lang: localeLang(interaction.locale) });
  },
  async autocomplete(interaction, ctx) {
    await respondMeetings(interaction, ctx.engine);
  },
};
