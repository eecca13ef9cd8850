/** Answering an interaction: reply, or edit when already deferred; always within the limits and without pings. */
import type { ChatInputCommandInteraction, InteractionReplyOptions, MessageComponentInteraction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import type { DiscordMessage } from './render.ts';

type Repliable = ChatInputCommandInteraction | MessageComponentInteraction;

export async function send(interaction: Repliable, msg: DiscordMessage, ephemeral = false): Promise<void> {
  const body = {
    content: msg.content ?? '',
    embeds: msg.embeds,
    components: msg.components,
    allowedMentions: msg.allowedMentions,
  };
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(body);
    return;
  }
  const options: InteractionReplyOptions = { ...body };
  if (ephemeral) options.flags = MessageFlags.Ephemeral;
  await interaction.reply(options as InteractionReplyOptions);
}
