/** The one path every answering command takes: engine answer → embed → reply. */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Answer } from '../model/answer.ts';
import { renderAnswer } from './render.ts';
import { send } from './reply.ts';
import { langOf } from './command.ts';

export async function replyWithAnswer(interaction: ChatInputCommandInteraction, answer: Answer, state = 'a'): Promise<void> {
  const ephemeral = interaction.options.getBoolean('private') ?? false;
  const forUser = interaction.options.getUser('for', false)?.id;
  const lang = interaction.locale?.startsWith('vi') ? 'vi' : answer.lang === 'vi' ? 'vi' : langOf(interaction.locale);
  await send(interaction, renderAnswer(answer, { lang, forUser: ephemeral ? undefined : forUser, state }), ephemeral);
}

/** The answer language: the user's Discord locale when it is Vietnamese, else the question's. */
export function answerLang(interaction: ChatInputCommandInteraction): 'en' | 'vi' | undefined {
  return interaction.locale?.startsWith('vi') ? 'vi' : undefined;
}
