/** /stats (/thống-kê): what members asked, what went unanswered, the feedback; Manage Server only, private. */
import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/discord/command.ts';
import { renderStats } from '../src/discord/render-stats.ts';
import { respond } from '../src/discord/respond.ts';
import { managedServer } from '../src/discord/managed-server.ts';
import { localeLang } from '../src/discord/messages.ts';

export const stats: Command = {
  data: new SlashCommandBuilder()
    .setName('stats')
    .setNameLocalizations({ vi: 'thống-kê' })
    .setDescription('Questions per day, the share answered, top unanswered questions, feedback (Manage Server only)')
    .setDescriptionLocalizations({ vi: 'Số câu hỏi theo ngày, tỷ lệ trả lời được, câu hỏi chưa có trả lời, phản hồi (chỉ Quản lý máy chủ)' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addIntegerOption((o) =>
      o
        .setName('days')
        .setNameLocalizations({ vi: 'số-ngày' })
        .setDescription('How many days back (default 14)')
        .setDescriptionLocalizations({ vi: 'Bao nhiêu ngày gần nhất (mặc định 14)' })
        .setMinValue(1)
        .setMaxValue(90),
    ),
  async execute(interaction, ctx) {
    const lang = localeLang(interaction.locale);
    const guild = await managedServer(interaction, lang);
    if (!guild) return;
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const days = interaction.options.getInteger('days') ?? 14;
    await respond(interaction, renderStats(ctx.db.stats({ guild, days }), lang), { ephemeral: true });
  },
};
