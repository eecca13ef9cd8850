/** The server a manager's command (/settings, /stats) acts on. */
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Lang } from '../model/report.ts';
import { ui } from './messages.ts';
import { notice } from './render.ts';
import { respond } from './respond.ts';

/**
 * The server's id, or null when the command cannot act (in a DM, or the
 * member lacks Manage Server), the member told why, privately. Checked at
 * run time too: server admins can change who sees a command.
 */
export async function managedServer(interaction: ChatInputCommandInteraction, lang: Lang): Promise<string | null> {
  const why = !interaction.guildId ? ui(lang).serverOnly : !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ? ui(lang).managersOnly : null;
  if (why) await respond(interaction, notice(why), { ephemeral: true });
  return why ? null : interaction.guildId;
}
