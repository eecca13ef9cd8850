/**
 * The one module that writes to Discord: every reply, deferred edit,
 * follow-up, button update and mention reply goes through here, so the limits
 * (content length, embed totals), the ephemeral flag and `allowedMentions`
 * are applied in one place and no path can ping anyone by accident.
 */
import type { ButtonInteraction, Message, RepliableInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { DISCORD } from './limits.ts';
import { noPings, type DiscordMessage } from './render.ts';
import { trimText } from './trim.ts';

type Repliable = RepliableInteraction;

/** What is sent: content within 2000 characters, and mentions limited to the users the message names, never roles or @everyone. */
export function payload(msg: DiscordMessage) {
  const users = (msg.allowedMentions.users ?? []).filter((u) => /^\d{17,20}$/.test(u));
  return {
    content: trimText(msg.content ?? '', DISCORD.content),
    embeds: msg.embeds,
    components: msg.components,
    allowedMentions: noPings(users),
    ...(msg.files?.length ? { files: msg.files.map((f) => ({ attachment: Buffer.from(f.data), name: f.name })) } : {}),
  };
}

/**
 * Answer an interaction: the first reply, or an edit of the deferred one.
 * After a reply, a further message is a follow-up (ephemeral when asked).
 */
export async function respond(interaction: Repliable, msg: DiscordMessage, opts: { ephemeral?: boolean; followUp?: boolean } = {}): Promise<void> {
  const body = payload(msg);
  const flags = opts.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (opts.followUp && (interaction.deferred || interaction.replied)) {
    await interaction.followUp({ ...body, flags });
    return;
  }
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(body);
    return;
  }
  await interaction.reply({ ...body, flags });
}

/**
 * Acknowledge now, answer later: an answer is computed on this thread and may
 * take longer than the 3 s Discord allows, so every answering command and
 * paging button defers first (the reply then edits the deferral).
 */
export async function acknowledge(interaction: Repliable, opts: { ephemeral?: boolean } = {}): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  if (interaction.isButton()) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: opts.ephemeral ? MessageFlags.Ephemeral : undefined });
}

/** Replace the message a button sits on (or edit it, after a deferred update); an update never pings again, not even the addressee. */
export async function respondUpdate(interaction: ButtonInteraction, msg: DiscordMessage): Promise<void> {
  if (interaction.deferred) await interaction.editReply({ ...payload(msg), allowedMentions: noPings() });
  else await interaction.update({ ...payload(msg), allowedMentions: noPings() });
}

/** Tell the user something went wrong, however far the interaction got; ephemeral. */
export async function respondError(interaction: Repliable, msg: DiscordMessage): Promise<void> {
  await respond(interaction, msg, { ephemeral: true, followUp: true });
}

/** Reply to a message that mentions the bot; a deleted question still gets its answer, as a plain message. */
export async function respondToMessage(message: Message, msg: DiscordMessage): Promise<void> {
  await message.reply({ ...payload(msg), failIfNotExists: false });
}
