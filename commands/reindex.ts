/** /reindex (/lập-chỉ-mục): re-read the corpus folder and swap in the new index; Manage Server only. */
import { PermissionFlagsBits, SlashCommandBuilder, MessageFlags } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { notice } from '../src/discord/render.ts';
import { respond } from '../src/discord/respond.ts';
import { localeLang, ui } from '../src/discord/messages.ts';

export const reindex: Command = {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setNameLocalizations({ vi: 'lập-chỉ-mục' })
    .setDescription('Re-read the corpus folder and swap in the new index (Manage Server only)')
    .setDescriptionLocalizations({ vi: 'Đọc lại thư mục báo cáo và thay chỉ mục mới (chỉ Quản lý máy chủ)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),
  async execute(interaction, ctx) {
    const lang = localeLang(interaction.locale);
    // Checked again here: server admins can change who sees the command.
    if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
      await respond(interaction, notice(ui(lang).onlyManagers), { ephemeral: true });
      return;
    }
    // A rebuild can take longer than Discord's 3-second window: defer first.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    try {
      await respond(interaction, notice(await ctx.reindex()));
    } catch (err) {
      await respond(interaction, notice(ui(lang).rebuildFailed((err as Error).message)));
    }
  },
};
