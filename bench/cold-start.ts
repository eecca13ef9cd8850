/**
 * Cold start: a fresh process from start to ready-to-answer over a valid
 * cache, and the heap after that load. Prints JSON. (The realistic workload
 * runs on the compiled program: served.mjs.)
 */
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine.ts';
import { setLogLevel } from '../src/log.ts';

setLogLevel('warn');
const [corpusDir, cacheDir] = process.argv.slice(2);
const engine = await Engine.open({ corpusDir, cacheDir });
const readyMs = performance.now(); // since the process started
engine.ask('who attended the 2015 congress?');
const firstAnswerMs = performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const out: Record<string, unknown> = { cache: engine.corpus.cache, readyMs, firstAnswerMs, heapAfterLoadMB: process.memoryUsage().heapUsed / 2 ** 20 };

process.stdout.write(`${JSON.stringify(out)}\n`);
