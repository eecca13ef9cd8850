/**
 * How the serving process lets its heap grow (LIMITS.heapGrowingPercent): set
 * once the corpus is loaded, by every program that serves answers for long
 * (the console, the bot, each shard) and by the benchmark that measures them.
 * V8 reads the flag at each full collection, so it applies from the next one,
 * which it runs a little after the load.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LIMITS } from './limits.ts';
import { log } from './log.ts';

let applied = false;

export function applyServingMemoryPolicy(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--heap-growing-percent=${LIMITS.heapGrowingPercent}`);
  // One full collection soon after: the load's garbage goes, and the next limit is computed from what the corpus keeps
  // (else the heap first grows to the limit set during the load, and the process keeps those pages).
  setTimeout(() => {
    try {
      setFlagsFromString('--expose-gc');
      (runInNewContext('gc') as () => void)();
    } catch (err) {
      // Only memory is at stake: the heap then settles at the next collection V8 runs by itself.
      log.debug(`The collection after the load did not run (${(err as Error).message}).`);
    }
  }, LIMITS.settleCollectionMs).unref();
}
