/**
 * `npm run deploy`: register the slash commands — to one server when
 * DISCORD_GUILD_ID is set (instant), globally otherwise. Idempotent: it
 * compares with what is registered and prints what changed.
 */
import { REST, Routes, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../config.ts';
import type { AnyCommand } from './command.ts';
import { loadConfigOrExit } from '../config.ts';

type Registered = RESTPostAPIApplicationCommandsJSONBody & { id?: string };

/** The fields that make a command what it is, in a stable form for comparison. */
function shape(c: Registered): string {
  const pick = (o: unknown): unknown => {
    if (Array.isArray(o)) return o.map(pick);
    if (o && typeof o === 'object') {
      return Object.fromEntries(
        Object.entries(o as Record<string, unknown>)
          .filter(
            ([k, v]) =>
              ![
                'id',
                'application_id',
                'version',
                'guild_id',
                'dm_permission',
                'nsfw',
                'type',
                'integration_types',
                'contexts',
                'name_localized',
                'description_localized',
              ].includes(k) &&
              v !== undefined &&
              v !== null &&
              v !== '' && // Discord gives a context-menu command an empty description
              !(Array.isArray(v) && v.length === 0) &&
              v !== false,
          )
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, pick(v)]),
      );
    }
    return o;
  };
  return JSON.stringify(pick(c));
}

export interface DeployReport {
  scope: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
}

/** How long deploy waits for Discord before it says so: one try, not the client's four 15 s tries in silence. */
const DEPLOY_TIMEOUT_MS = 10_000;

export async function deployCommands(config: Config, commands: AnyCommand[], opts: { timeoutMs?: number } = {}): Promise<DeployReport> {
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) throw new Error('npm run deploy needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
  const timeout = opts.timeoutMs ?? DEPLOY_TIMEOUT_MS;
  const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), timeout, retries: 0 }).setToken(config.DISCORD_TOKEN);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_CLIENT_ID);
  const scope = config.DISCORD_GUILD_ID ? `server ${config.DISCORD_GUILD_ID}` : 'global';
  try {
    return await register(rest, route, scope, commands);
  } catch (err) {
    if ((err as Error).name === 'AbortError')
      throw new Error(
        `Discord did not answer within ${timeout / 1000} s${config.DISCORD_API_URL ? ` at ${config.DISCORD_API_URL}` : ''}; check the network (and DISCORD_API_URL). Nothing was changed.`,
      );
    throw err;
  }
}

/** Compare what `route` has registered with `commands` and send them only when something differs. */
async function register(rest: REST, route: `/${string}`, scope: string, commands: AnyCommand[]): Promise<DeployReport> {
  const wanted = commands.map((c) => c.data.toJSON());
  const current = (await rest.get(route)) as Registered[];
  const byName = new Map(current.map((c) => [c.name, c]));
  const report: DeployReport = {
    scope,
    added: [],
    changed: [],
    removed: [],
    unchanged: [],
  };
  for (const w of wanted) {
    const had = byName.get(w.name);
    if (!had) report.added.push(w.name);
    else if (shape(had) !== shape(w)) report.changed.push(w.name);
    else report.unchanged.push(w.name);
  }
  for (const c of current) if (!wanted.some((w) => w.name === c.name)) report.removed.push(c.name);
  if (report.added.length || report.changed.length || report.removed.length) await rest.put(route, { body: wanted });
  return report;
}

/** The command-line entry: print what changed; exit 2 with a plain message on failure. */
export async function runDeploy(commands: AnyCommand[]): Promise<void> {
  const config = await loadConfigOrExit();
  try {
    const r = await deployCommands(config, commands);
    const line = (label: string, xs: string[]) => (xs.length ? `  ${label}: ${xs.map((x) => `/${x}`).join(', ')}\n` : '');
    process.stdout.write(
      `Commands (${r.scope}):\n${line('added', r.added)}${line('changed', r.changed)}${line('removed', r.removed)}${line('unchanged', r.unchanged)}` +
        (r.added.length + r.changed.length + r.removed.length === 0 ? 'Nothing to change.\n' : 'Registered.\n'),
    );
  } catch (err) {
    process.stderr.write(`Deploy failed: ${(err as Error).message}\n`);
    process.exit(2);
  }
}
