/** Every slash command, in the order /help lists them. */
import type { Command } from '../src/discord/command.ts';
import { ask } from './ask.ts';
import { whoAttended } from './who-attended.ts';
import { howMany } from './how-many.ts';
import { search } from './search.ts';
import { reports } from './reports.ts';
import { report } from './report.ts';
import { help } from './help.ts';
import { reindex } from './reindex.ts';

export const commands: Command[] = [ask, whoAttended, howMany, search, reports, report, help, reindex];
