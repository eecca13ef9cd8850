/**
 * Running sharded (SHARDS=<n>|auto): discord.js's ShardingManager spawns one
 * process per shard group. The manager makes sure the index cache is built
 * (once, in a worker) before any shard starts, watches the corpus, and tells
 * the shards to reload from the cache after a rebuild; no shard rebuilds on
 * its own.
 */
import { ShardingManager, REST, Routes } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { type Config, corpusSettings } from './config.ts';
import type { Engine } from './engine.ts';
import { Reloader } from './store/reload.ts';
import { log } from './log.ts';
import { EXIT } from './discord/gateway-close.ts';
import { CHILD_EXEC_ARGV, runnable } from './threads.ts';

export type ShardMessage = { type: 'reload-from-cache' } | { type: 'reindex-request' };

async function shardCount(config: Config, setting: string): Promise<number> {
  if (setting !== 'auto') return Number(setting);
  // Ask the gateway (through DISCORD_API_URL when set) how many shards Discord recommends.
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN ?? '');
  const info = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, info.shards);
}

export async function startSharded(engine: Engine, config: Config, setting: string): Promise<void> {
  const total = await shardCount(config, setting);
  const reloader = new Reloader(
    corpusSettings(config),
    (c) => engine.replace(c),
    () => broadcast(),
  );
  const manager = new ShardingManager(fileURLToPath(runnable(new URL('./shard.ts', import.meta.url))), {
    token: config.DISCORD_TOKEN,
    totalShards: total,
    execArgv: CHILD_EXEC_ARGV,
    respawn: true,
  });
  function broadcast() {
    for (const shard of manager.shards.values())
      shard
        .send({ type: 'reload-from-cache' } satisfies ShardMessage)
        .catch((err: Error) => log.warn(`Could not tell shard ${shard.id} to reload (${err.message}); it keeps serving its index.`));
  }
  manager.on('shardCreate', (shard) => {
    log.info(`Shard ${shard.id} of ${total} starting.`);
    // A shard that exits for a gateway close no restart heals (a rejected token) must not be respawned forever.
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (code !== EXIT.gatewayFatal) return;
      log.error(`Shard ${shard.id} cannot connect (see its message above); stopping every shard.`);
      for (const s of manager.shards.values()) s.kill();
      process.exit(EXIT.gatewayFatal);
    });
    shard.on('message', (m: ShardMessage) => {
      if (m?.type === 'reindex-request') void reloader.reload().catch(() => undefined); // reload() logs a failure; success broadcasts
    });
  });
  // The watcher lives here; after each rebuild the shards reload the cache the manager saved.
  await reloader
    .watch()
    .catch((err: Error) => log.warn(`Not watching ${config.CORPUS_DIR} for new reports (${err.message}); use /reindex after adding reports.`));
  const stop = async (signal: string) => {
    log.info(`${signal} received: stopping ${manager.shards.size} shard(s).`);
    for (const s of manager.shards.values()) s.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  log.info(`Sharding: spawning ${total} shard(s) over the index cached for ${engine.corpus.reports.length} reports.`);
  await manager.spawn({ timeout: 60_000 });
}
