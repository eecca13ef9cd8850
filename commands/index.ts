/** Every command the bot registers. */
import type { AnyCommand, Command } from '../src/discord/command.ts';
import { ask } from './ask.ts';
import { whoAttended } from './who-attended.ts';
import { howMany } from './how-many.ts';
import { trend } from './trend.ts';
import { search } from './search.ts';
import { reports } from './reports.ts';
import { report } from './report.ts';
import { help } from './help.ts';
import { reindex } from './reindex.ts';
import { stats } from './stats.ts';
import { settings } from './settings.ts';
import { askMessage } from './ask-message.ts';

/** The slash commands, in the order /help lists them. */
export const slashCommands: Command[] = [ask, whoAttended, howMany, trend, search, reports, report, help, reindex, stats, settings];

/** Everything registered: the slash commands and the message context menu. */
export const commands: AnyCommand[] = [...slashCommands, askMessage];
