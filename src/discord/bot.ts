/**
 * The Discord bot: the real discord.js client, the router, and the
 * operations around them (ready log, reindex, clean shutdown).
 */
import { dirname, join } from 'node:path';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Engine } from '../engine.ts';
import { answersHere, type Answers } from '../answer-thread.ts';
import { Conversations } from '../conversation.ts';
import type { Config } from '../config.ts';
import type { AnyCommand } from './command.ts';
import { BotDatabase } from '../db/database.ts';
import { AnswerStates } from './answer-state.ts';
import { Router, type RouterOptions } from './router.ts';
import { log } from '../log.ts';
import { EXIT, fatalClose } from './gateway-close.ts';

export interface Bot {
  client: Client;
  router: Router;
  login(): Promise<void>;
  destroy(): Promise<void>;
}

export interface BotOptions extends RouterOptions {
  /** the slash and context-menu commands (commands/index.ts): given, so that this layer never imports the one above it */
  commands: AnyCommand[];
  /** rebuilds the index off the event loop and swaps it in; resolves to a one-line summary (/reindex) */
  reindex: () => Promise<string>;
  /** what makes the answers (main.ts: the answer thread); by default the engine on this thread */
  answers?: Answers;
  /** the database (tests and shards may hand one in); by default DATABASE_FILE is opened */
  db?: BotDatabase;
  /** Discord closed the gateway for good (a rejected token, intents, shards); the message says what to do */
  onFatalClose?: (message: string, code: number) => void;
}

/** Only the intents the bot needs: no privileged Message Content (mentions carry their content anyway). */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

export function createBot(engine: Engine, config: Config, opts: BotOptions): Bot {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DMs arrive on channels the cache has not seen
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
  const ctx = {
    engine,
    answers: opts.answers ?? answersHere(engine),
    conversations: new Conversations(config.FOLLOW_UP_MINUTES * 60_000),
    followUpMinutes: config.FOLLOW_UP_MINUTES,
    db: opts.db ?? openBotDatabase(config),
    states: new AnswerStates(config.ANSWER_STATE_FILE, undefined, config.RETENTION_DAYS),
    reindex: opts.reindex,
  };
  const router = new Router(ctx, opts.commands, opts);
  // Votes and answer states past RETENTION_DAYS go at start (when read) and then once a day.
  const prune = setInterval(
    () =>
      void Promise.resolve()
        .then(() => ctx.db.prune())
        .then(() => ctx.states.prune())
        .catch((err: Error) => log.warn(`Pruning old questions, votes and answers failed: ${err.message}`)),
    86_400_000,
  );
  prune.unref();

  client.once(Events.ClientReady, (c) => log.info(`Ready: logged in as ${c.user.tag}, in ${c.guilds.cache.size} server(s).`));
  client.on(Events.InteractionCreate, (i) => void router.onInteraction(i));
  client.on(Events.MessageCreate, (m) => {
    if (client.user) void router.onMessage(m, client.user.id);
  });
  client.on(Events.Error, (e) => log.error(`Discord client error: ${e.message}`));
  // discord.js emits this only for the close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (e, id) => {
    const message = fatalClose(e.code) ?? `Discord closed gateway connection ${id} for good (close ${e.code}).`;
    log.error(message);
    opts.onFatalClose?.(message, e.code);
  });
  client.on(Events.ShardReconnecting, (id) => log.info(`Gateway connection ${id} closed; reconnecting…`));
  client.on(Events.ShardResume, (id) => log.info(`Gateway connection ${id} resumed.`));

  return {
    client,
    router,
    async login() {
      await client.login(config.DISCORD_TOKEN);
    },
    async destroy() {
      clearInterval(prune);
      await client.destroy();
      if (!opts.db) ctx.db.close(); // one handed in is its owner's to close
    },
  };
}

/** The database as configured, with the older votes file moved in. */
export function openBotDatabase(config: Config): BotDatabase {
  return BotDatabase.open({
    path: config.DATABASE_FILE,
    retentionDays: config.RETENTION_DAYS,
    legacyVotesFile: config.FEEDBACK_FILE,
    legacySaltFile: join(dirname(config.FEEDBACK_FILE), '.feedback-salt'),
  });
}

/** `npm start` with a token: log in, and close cleanly on SIGINT/SIGTERM. */
export async function startBot(engine: Engine, config: Config, opts: BotOptions): Promise<void> {
  const bot: Bot = createBot(engine, config, {
    ...opts,
    onFatalClose: (_message, code) => {
      log.error(`Exiting with code ${EXIT.gatewayFatal}: the bot cannot serve until this is fixed (close ${code}).`);
      void bot.destroy().finally(() => process.exit(EXIT.gatewayFatal));
    },
  });
  const stop = async (signal: string) => {
    log.info(`${signal} received: closing the Discord connection.`);
    await bot.destroy().catch(() => undefined);
    process.exit(EXIT.clean);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    await bot.login();
  } catch (err) {
    log.error(loginFailure(err as Error));
    process.exit(EXIT.startFailed);
  }
}

/** Network errors that say Discord could not be reached, not that the token is wrong. */
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** What a failed first login means for the operator: an unreachable Discord is not a bad token. */
export function loginFailure(err: Error): string {
  const why = err.message.replace(/\.+$/, '');
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? String(e.code) : undefined);
  const code = codeOf(err) ?? codeOf(err.cause);
  if (code && UNREACHABLE.has(code)) return `Could not reach Discord (${why}). Check the network, DNS and DISCORD_API_URL if set; the token was not tried.`;
  return `Could not log in to Discord: ${why}. Check DISCORD_TOKEN (and DISCORD_API_URL if set).`;
}
