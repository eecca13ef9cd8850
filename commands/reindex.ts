import { PermissionFlagsBits, SlashCommandBuilder, MessageFlags } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { langOf } from '../src/discord/command.ts';
import { notice } from '../src/discord/render.ts';
import { send } from '../src/discord/reply.ts';

export const reindex: Command = {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setNameLocalizations({ vi: 'lập-chỉ-mục' })
    .setDescription('Re-read the corpus folder and swap in the new index (Manage Server only)')
    .setDescriptionLocalizations({ vi: 'Đọc lại thư mục báo cáo và thay chỉ mục mới (chỉ Quản lý máy chủ)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  async execute(interaction, ctx) {
    const lang = langOf(interaction.locale);
    // Checked again here: server admins can change who sees the command.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await send(
        interaction,
        notice(lang === 'vi' ? 'Chỉ thành viên có quyền Quản lý máy chủ mới lập lại chỉ mục được.' : 'Only members with Manage Server can rebuild the index.'),
        true,
      );
      return;
    }
    // A rebuild can take longer than Discord's 3-second window: defer first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      const summary = await ctx.reindex();
      await send(interaction, notice(summary));
    } catch (err) {
      await send(
        interaction,
        notice(
          `${lang === 'vi' ? 'Lập chỉ mục thất bại; chỉ mục cũ vẫn phục vụ' : 'The rebuild failed; the old index keeps serving'}: ${(err as Error).message}`,
        ),
      );
    }
  },
};
