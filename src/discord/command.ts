/** What a slash command module exports, and what its handler may use. */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Engine } from '../engine.ts';
import type { Answers } from '../answer-thread.ts';
import type { Conversations } from '../conversation.ts';
import type { BotDatabase } from '../db/database.ts';
import type { AnswerStates } from './answer-state.ts';

export interface BotContext {
  /** the corpus as loaded (report lists, autocomplete); answers come from `answers` */
  engine: Engine;
  /** makes every answer: the answer thread in the bot, the engine itself in tests that ask for it */
  answers: Answers;
  /** votes, questions asked and per-server settings (SQLite) */
  db: BotDatabase;
  /** what each conversation (thread, DM, channel-and-member) last asked, for follow-ups */
  conversations: Conversations;
  /** what each answer's buttons need, by the key in their custom ids */
  states: AnswerStates;
  /** the bot's follow-up window (FOLLOW_UP_MINUTES), for servers that did not set their own */
  followUpMinutes: number;
  /** re-read the corpus and swap the new index in; resolves to a one-line summary */
  reindex: () => Promise<string>;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** A message context-menu command (right-click a message → Apps). */
export interface MessageCommand {
  type: 'message';
  data: { name: string; toJSON(): RESTPostAPIContextMenuApplicationCommandsJSONBody };
  execute(interaction: MessageContextMenuCommandInteraction, ctx: BotContext): Promise<void>;
}

/** Everything registered with Discord: slash commands and context-menu commands. */
export type AnyCommand = Command | MessageCommand;

export const isMessageCommand = (c: AnyCommand): c is MessageCommand => 'type' in c && c.type === 'message';
