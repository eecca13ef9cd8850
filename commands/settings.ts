/**
 * /settings (/cài-đặt): this server's settings, Manage Server only. With no
 * option it shows them; each option given changes one, stored in the
 * database and applied from the next question on. "here" is the channel the
 * command is used in.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import type { ServerSettings } from '../src/db/settings.ts';
import { renderSettings } from '../src/discord/render-settings.ts';
import { respond } from '../src/discord/respond.ts';
import { managedServer } from '../src/discord/managed-server.ts';
import { localeLang } from '../src/discord/messages.ts';

const MENTIONS = {
  everywhere: 'answer mentions in every channel',
  'only-here': 'answer mentions only in this channel',
  'here-too': 'answer mentions in this channel too',
  'not-here': 'do not answer mentions in this channel',
} as const;
const MENTIONS_VI: Record<keyof typeof MENTIONS, string> = {
  everywhere: 'trả lời khi được nhắc ở mọi kênh',
  'only-here': 'chỉ trả lời khi được nhắc ở kênh này',
  'here-too': 'trả lời cả ở kênh này',
  'not-here': 'không trả lời khi được nhắc ở kênh này',
};

/** One change of where mentions are answered, for the channel `here`. */
export function changeMentions(m: ServerSettings['mentions'], how: keyof typeof MENTIONS, here: string): ServerSettings['mentions'] {
  const without = (list: string[]) => list.filter((id) => id !== here);
  if (how === 'everywhere') return { only: null, never: [] };
  if (how === 'only-here') return { only: [here], never: [] };
  if (how === 'here-too') return { only: m.only === null ? null : [...without(m.only), here], never: without(m.never) };
  return { only: m.only === null ? null : without(m.only), never: [...without(m.never), here] };
}

export const settings: Command = {
  data: new SlashCommandBuilder()
    .setName('settings')
    .setNameLocalizations({ vi: 'cài-đặt' })
    .setDescription("Show or change this server's settings (Manage Server only)")
    .setDescriptionLocalizations({ vi: 'Xem hoặc đổi cài đặt của máy chủ này (chỉ Quản lý máy chủ)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addStringOption((o) =>
      o
        .setName('mentions')
        .setNameLocalizations({ vi: 'khi-được-nhắc' })
        .setDescription('Where the bot answers when @mentioned')
        .setDescriptionLocalizations({ vi: 'Bot trả lời ở đâu khi được @nhắc' })
        .addChoices(
          ...Object.entries(MENTIONS).map(([value, name]) => ({ name, value, name_localizations: { vi: MENTIONS_VI[value as keyof typeof MENTIONS] } })),
        ),
    )
    .addBooleanOption((o) =>
      o
        .setName('private')
        .setNameLocalizations({ vi: 'riêng-tư' })
        .setDescription('Answers to commands are private unless a member asks otherwise')
        .setDescriptionLocalizations({ vi: 'Câu trả lời cho lệnh là riêng tư, trừ khi thành viên chọn khác' }),
    )
    .addStringOption((o) =>
      o
        .setName('language')
        .setNameLocalizations({ vi: 'ngôn-ngữ' })
        .setDescription('The language answers are given in')
        .setDescriptionLocalizations({ vi: 'Ngôn ngữ của câu trả lời' })
        .addChoices(
          { name: "the member's", value: 'auto', name_localizations: { vi: 'theo thành viên' } },
          { name: 'English', value: 'en', name_localizations: { vi: 'Tiếng Anh' } },
          { name: 'Tiếng Việt', value: 'vi' },
        ),
    )
    .addBooleanOption((o) =>
      o
        .setName('thread')
        .setNameLocalizations({ vi: 'luồng' })
        .setDescription('/ask opens a thread for each answer unless a member asks otherwise')
        .setDescriptionLocalizations({ vi: '/hỏi mở một luồng cho mỗi câu trả lời, trừ khi thành viên chọn khác' }),
    )
    .addIntegerOption((o) =>
      o
        .setName('follow-up-minutes')
        .setNameLocalizations({ vi: 'phút-hỏi-tiếp' })
        .setDescription('How long a follow-up ("and in 2018?") leans on the previous question; 0 = off')
        .setDescriptionLocalizations({ vi: 'Câu hỏi tiếp ("còn năm 2018?") dựa vào câu trước trong bao lâu; 0 = tắt' })
        .setMinValue(0)
        .setMaxValue(1440),
    ),
  async execute(interaction, ctx) {
    const lang = localeLang(interaction.locale);
    const guild = await managedServer(interaction, lang);
    if (!guild) return;
    const o = interaction.options;
    const mentions = o.getString('mentions') as keyof typeof MENTIONS | null;
    const priv = o.getBoolean('private');
    const language = o.getString('language') as ServerSettings['language'] | null;
    const thread = o.getBoolean('thread');
    const followUp = o.getInteger('follow-up-minutes');
    const changed = [mentions, priv, language, thread, followUp].some((v) => v !== null);
    const now = changed
      ? await ctx.db.settings.update(guild, (s) => ({
          mentions: mentions && mentions in MENTIONS ? changeMentions(s.mentions, mentions, interaction.channelId) : s.mentions,
          privateByDefault: priv ?? s.privateByDefault,
          language: language ?? s.language,
          threadByDefault: thread ?? s.threadByDefault,
          followUpMinutes: followUp ?? s.followUpMinutes,
        }))
      : ctx.db.settings.get(guild);
    await respond(interaction, renderSettings(now, lang, ctx.followUpMinutes, changed), { ephemeral: true });
  },
};
