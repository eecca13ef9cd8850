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

let applied = false;

export function applyServingMemoryPolicy(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--heap-growing-percent=${LIMITS.heapGrowingPercent}`);
  // One full collection soon after: the load's garbage goes, and the next limit is computed from what the corpus keeps
  // (else the heap first grows to the limit set during the load, and the process keeps those pages).
  setTimeout(() => {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  }, LIMITS.settleCollectionMs).unref();
}
