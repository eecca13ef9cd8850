/** What a slash command module exports, and what its handler may use. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Engine } from '../engine.ts';
import type { Lang } from '../model/report.ts';
import type { FeedbackLog } from './feedback.ts';

export interface BotContext {
  engine: Engine;
  feedback: FeedbackLog;
  /** re-read the corpus and swap the new index in; resolves to a one-line summary */
  reindex: () => Promise<string>;
}

export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}

/** Vietnamese labels for Vietnamese locales, English otherwise. */
export function langOf(locale: string | undefined, fallback: Lang = 'en'): Lang {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('vi') ? 'vi' : fallback;
}
