/** `npm run deploy`: register the slash commands (see src/discord/deploy.ts). */
import { runDeploy } from './discord/deploy.ts';
import { commands } from '../commands/index.ts';

await runDeploy(commands);
