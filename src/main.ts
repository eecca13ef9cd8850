/**
 * `npm start`: with DISCORD_TOKEN, run the Discord bot; without it, open the
 * local console over the corpus.
 */
import { join } from 'node:path';
import { corpusSettings, loadConfigOrExit } from './config.ts';
import { Engine } from './engine.ts';
import { log } from './log.ts';
import { prepareDataFolder } from './data-folder.ts';
import { runConsole } from './console.ts';
import { progressReporter } from './progress.ts';
import { Reloader } from './store/reload.ts';
import { AnswerThread } from './answer-thread.ts';
import { applyServingMemoryPolicy } from './memory-policy.ts';

const config = await loadConfigOrExit();
await prepareDataFolder(config);

let engine: Engine;
try {
  // After an upgrade, the previous version's store answers while this version's is built (below); not when sharded:
  // shards load the store this version saves, so the manager builds it before it starts them.
  const serveStale = !(config.DISCORD_TOKEN && config.SHARDS);
  engine = await Engine.open({ ...corpusSettings(config), onProgress: progressReporter('Indexing passages'), serveStale });
} catch (err) {
  log.error((err as Error).message);
  process.exit(2);
}
// Loaded: from here the heap grows little above what is live (serving runs for days).
applyServingMemoryPolicy();

// The bot answers in a worker thread, so that no answer delays another user's acknowledgement (the console has one user).
let answers: AnswerThread | null = null;

// Reports dropped into the corpus folder become answerable without a restart.
const reloader = new Reloader({ ...corpusSettings(config), onProgress: progressReporter('Re-indexing') }, (c) => {
  engine.replace(c);
  answers?.reload();
});
if (engine.corpus.cache === 'stale') void reloader.reload().catch(() => undefined); // reload() logs a failure; the old store keeps serving
// Not awaited: watching starts beside the first prompt and the login, not before them.
const watching = reloader.watch().catch((err: Error) => {
  log.warn(`Not watching ${config.CORPUS_DIR} for new reports (${err.message}); use /reindex after adding reports.`);
  return null;
});

if (config.DISCORD_TOKEN && config.SHARDS) {
  (await watching)?.stop(); // the sharding manager watches the corpus itself
  const { startSharded } = await import('./sharding.ts');
  await startSharded(engine, config, config.SHARDS);
} else if (config.DISCORD_TOKEN) {
  const { startBot } = await import('./discord/bot.ts');
  const { commands } = await import('../commands/index.ts');
  answers = new AnswerThread(engine, corpusSettings(config)).start();
  await startBot(engine, config, { commands, reindex: () => reloader.reload(), answers });
} else {
  log.info('No DISCORD_TOKEN set: opening the local console. To connect to Discord, put DISCORD_TOKEN in .env (see README) and run npm start again.');
  await runConsole(engine.warm(), process.stdin, process.stdout, undefined, config.FOLLOW_UP_MINUTES * 60_000, join(config.DATA_DIR, 'charts'));
  (await watching)?.stop();
  process.exit(0);
}
