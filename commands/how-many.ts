/** /how-many (/bao-nhiêu): a figure of one kind, stated as fields (kind id, meeting, year), not as English the engine must re-read. */
import { reportIdOf } from '../src/discord/report-keys.ts';
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { replyWithAnswer, requestLang } from '../src/discord/answer-interaction.ts';
import { figureRequest } from '../src/discord/autocomplete.ts';
import { localeLang } from '../src/discord/messages.ts';
import { respondFigures } from '../src/discord/autocomplete.ts';
import { withFor, withPrivate } from './options.ts';

export const howMany: Command = {
  data: withFor(
    withPrivate(
      new SlashCommandBuilder()
        .setName('how-many')
        .setNameLocalizations({ vi: 'bao-nhiêu' })
        .setDescription('Figures the reports give (documents, meetings, party members, awards…)')
        .setDescriptionLocalizations({ vi: 'Số liệu trong báo cáo (văn bản, cuộc họp, đảng viên, khen thưởng…)' })
        .addStringOption((o) =>
          o
            .setName('what')
            .setNameLocalizations({ vi: 'cái-gì' })
            .setDescription('documents, văn bản, meetings, party members, awards, reports…')
            .setDescriptionLocalizations({ vi: 'văn bản, cuộc họp, đảng viên, khen thưởng, báo cáo…' })
            .setRequired(true)
            .setMaxLength(200)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          o
            .setName('meeting')
            .setNameLocalizations({ vi: 'cuộc-họp' })
            .setDescription('Only this meeting')
            .setDescriptionLocalizations({ vi: 'Chỉ cuộc họp này' })
            .setAutocomplete(true),
        ),
    ),
  ),
  async execute(interaction, ctx) {
    const what = interaction.options.getString('what', true);
    const picked = interaction.options.getString('meeting');
    const doc = picked ? reportIdOf(ctx.engine, picked) : undefined;
    await replyWithAnswer(interaction, ctx, { kind: 'stated', doc, lang: requestLang(interaction), ...figureRequest(what, localeLang(interaction.locale)) });
  },
  async autocomplete(interaction, ctx) {
    await respondFigures(interaction, ctx.engine);
  },
};
