/** Placeholder until the Discord front end lands (issue 3): say so plainly instead of failing. */
import type { Engine } from '../engine.ts';
import type { Config } from '../config.ts';
import { log } from '../log.ts';

export async function startBot(_engine: Engine, _config: Config): Promise<void> {
  log.error('The Discord front end is not built yet. Unset DISCORD_TOKEN to use the local console.');
  process.exit(2);
}
