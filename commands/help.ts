import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { langOf } from '../src/discord/command.ts';
import { send } from '../src/discord/reply.ts';
import { noPings } from '../src/discord/render.ts';
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
    const lang = langOf(interaction.locale);
    const commands =
      lang === 'vi'
        ? '`/hỏi` · `/ai-tham-dự` · `/bao-nhiêu` · `/tìm` · `/danh-sách` · `/báo-cáo` — hoặc nhắc @bot kèm câu hỏi.'
        : '`/ask` · `/who-attended` · `/how-many` · `/search` · `/reports` · `/report` — or @mention the bot with a question.';
    await send(
      interaction,
      { embeds: [{ title: lang === 'vi' ? 'Trợ giúp' : 'Help', description: `${T[lang].help}\n\n${commands}` }], components: [], allowedMentions: noPings() },
      interaction.options.getBoolean('private') ?? true,
    );
  },
};
