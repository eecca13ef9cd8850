/** What a slash command module exports, and what its handler may use. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../engine.ts';
import type { FeedbackLog } from './feedback.ts';
import type { AnswerStates } from './answer-state.ts';

export interface BotContext {
  engine: Engine;
  feedback: FeedbackLog;
  /** what each answer's buttons need, by the key in their custom ids */
  states: AnswerStates;
  /** re-read the corpus and swap the new index in; resolves to a one-line summary */
  reindex: () => Promise<string>;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
