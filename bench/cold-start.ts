/**
 * Cold start: a fresh process from start to ready-to-answer over a valid
 * cache. With "workload": then the realistic workload (workload.ts, over 500
 * questions in three forms) twice over, on the index the bot serves (loaded
 * from the cache, lazily materialised, first touches included), and the
 * serving memory after those 1,000-odd questions. Prints JSON.
 */
import { performance } from 'node:perf_hooks';
import { Engine } from '../src/engine.ts';
import { setLogLevel } from '../src/log.ts';
import { buildWorkload } from './workload.ts';

setLogLevel('warn');
const [corpusDir, cacheDir, mode] = process.argv.slice(2);
const engine = await Engine.open({ corpusDir, cacheDir });
const readyMs = performance.now(); // since the process started
engine.ask('who attended the 2015 congress?');
const firstAnswerMs = performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const out: Record<string, unknown> = { cache: engine.corpus.cache, readyMs, firstAnswerMs, heapAfterLoadMB: process.memoryUsage().heapUsed / 2 ** 20 };

if (mode === 'workload') {
  engine.warm(); // as the answer thread does at load
  const work = buildWorkload(engine.corpus.reports.length);
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
  const all: number[] = [];
  const first: number[] = [];
  const byKind = new Map<string, number[]>();
  let found = 0;
  for (let round = 0; all.length < 1000; round++) {
    for (const w of work) {
      const s = performance.now();
      const a = w.search ? engine.ask(w.q, { search: true }) : engine.answer({ kind: 'ask', question: w.q });
      const ms = performance.now() - s;
      all.push(ms);
      if (round === 0) {
        first.push(ms);
        if (a?.found) found++;
      }
      byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), ms]);
    }
  }
  out.workload = {
    questions: work.length,
    asked: all.length,
    foundShare: found / work.length,
    p50: pct(all, 50),
    p95: pct(all, 95),
    p99: pct(all, 99),
    firstPassP99: pct(first, 99),
    max: Math.max(...all),
    byKindP95: Object.fromEntries([...byKind].map(([k, xs]) => [k, pct(xs, 95)])),
    rssAfterMB: process.memoryUsage().rss / 2 ** 20,
  };
}
process.stdout.write(`${JSON.stringify(out)}\n`);
