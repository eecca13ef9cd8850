/**
 * One shard process (spawned by src/sharding.ts). It loads the index cache
 * the manager built and never rebuilds it: /reindex asks the manager.
 */
import { corpusSettings, loadConfigOrExit } from './config.ts';
import { Engine } from './engine.ts';
import { loadCorpus } from './store/load.ts';
import { log } from './log.ts';
import { createBot } from './discord/bot.ts';
import { EXIT } from './discord/gateway-close.ts';
import { commands } from '../commands/index.ts';
import type { ShardMessage } from './sharding.ts';
import { AnswerThread } from './answer-thread.ts';
import { applyServingMemoryPolicy } from './memory-policy.ts';

const config = await loadConfigOrExit();
const opts = { ...corpusSettings(config), requireCache: true };
const engine = new Engine(
  await loadCorpus(opts).catch((err: Error) => {
    log.error(`Shard cannot start: ${err.message}. The sharding manager builds the cache before it starts shards; was the cache folder changed meanwhile?`);
    process.exit(EXIT.startFailed);
  }),
);
applyServingMemoryPolicy();
const answers = new AnswerThread(engine, opts).start();

// Reindexing is the manager's job; a shard only reloads what the manager saved.
async function reindex(): Promise<string> {
  process.send?.({ type: 'reindex-request' } satisfies ShardMessage);
  return 'Rebuild requested: every shard reloads the index as soon as it is ready.';
}

process.on('message', (m: ShardMessage) => {
  if (m?.type !== 'reload-from-cache') return;
  loadCorpus(opts)
    .then((c) => {
      engine.replace(c);
      answers.reload();
      log.info(`Reloaded ${c.reports.length} reports from the shared index cache.`);
    })
    .catch((err: Error) => log.error(`Could not reload the shared index cache (${err.message}); the previous index keeps serving.`));
});

const bot = createBot(engine, config, {
  commands,
  answers,
  reindex,
  // The manager sees this exit code and stops every shard instead of respawning this one forever.
  onFatalClose: () => void bot.destroy().finally(() => process.exit(EXIT.gatewayFatal)),
});
const stop = async () => {
  await bot.destroy().catch(() => undefined);
  process.exit(EXIT.clean);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
await bot.login();
