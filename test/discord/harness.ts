/** Starting the real bot against the fake Discord, for end-to-end tests. */
import { Events } from 'discord.js';
import Database from 'libsql';
import { join } from 'node:path';
import { FakeDiscord } from './fake-discord.ts';
import { createBot, type Bot } from '../../src/discord/bot.ts';
import { parseConfig } from '../../src/config.ts';
import { shippedCacheDir, shippedEngine, tempDir, writeCorpus } from '../helpers.ts';
import { AnswerThread } from '../../src/answer-thread.ts';
import { Engine } from '../../src/engine.ts';
import type { AnyCommand } from '../../src/discord/command.ts';
import { commands as allCommands } from '../../commands/index.ts';
import { Reloader } from '../../src/store/reload.ts';

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  /** the worker thread that answers (as in the bot users run) */
  answers: AnswerThread;
  timings: { what: string; ms: number }[];
  /** the bot's SQLite database (questions, votes, settings) */
  databaseFile: string;
  /** rows of a query on that database, through a connection of the test's own (as `npm run stats` would read it) */
  query(sql: string, ...args: unknown[]): any[];
  stop(): Promise<void>;
}

/** `dataDir`: where the bot keeps its files (votes, answer states); given, a restarted bot finds them again. */
/** `corpus`: report files to serve instead of the shipped corpus (written to a temporary folder). */
export async function startHarness(
  opts: { commands?: AnyCommand[]; dataDir?: string; guildLocale?: string; corpus?: Record<string, string> } = {},
): Promise<Harness> {
  const fake = new FakeDiscord();
  if (opts.guildLocale) fake.guildLocale = opts.guildLocale;
  await fake.start();
  const dir = opts.dataDir ?? (await tempDir());
  const databaseFile = join(dir, 'bot.db');
  const config = parseConfig({
    DISCORD_TOKEN: 'test-token',
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_FILE: databaseFile,
    FEEDBACK_FILE: join(dir, 'feedback.jsonl'),
    ANSWER_STATE_FILE: join(dir, 'answers.jsonl'),
    INDEX_CACHE_DIR: dir,
    ...(opts.corpus ? { CORPUS_DIR: await writeCorpus(opts.corpus) } : {}),
  });
  const timings: { what: string; ms: number }[] = [];
  const engine = opts.corpus ? await Engine.open({ corpusDir: config.CORPUS_DIR, cacheDir: dir }) : await shippedEngine();
  const engineOpts = { corpusDir: config.CORPUS_DIR, cacheDir: opts.corpus ? dir : await shippedCacheDir() };
  const answers = new AnswerThread(engine, engineOpts).start();
  const reloader = new Reloader(engineOpts, (c) => {
    engine.replace(c);
    answers.reload();
  });
  const bot = createBot(engine, config, {
    answers,
    commands: opts.commands ?? allCommands,
    reindex: () => reloader.reload(),
    onTiming: (what, ms) => timings.push({ what, ms }),
  });
  const ready = new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('bot not ready within 10 s')), 10_000);
    bot.client.once(Events.ClientReady, () => {
      clearTimeout(t);
      resolve();
    });
  });
  await bot.login();
  await ready;
  return {
    fake,
    bot,
    answers,
    timings,
    databaseFile,
    query(sql, ...args) {
      const db = new Database(databaseFile, { readonly: true });
      try {
        return db.prepare(sql).all(...args);
      } finally {
        db.close();
      }
    },
    async stop() {
      await bot.destroy();
      await answers.stop();
      await fake.close();
    },
  };
}
