/**
 * The realistic workload on the program as users run it: the compiled engine
 * (dist/, as `npm start` runs it) in a plain `node` process (no TypeScript
 * loader, no raised heap cap), over the store the compiled bot saved, with the
 * serving memory policy the bot applies once loaded. Asks the questions of a
 * workload file (bench/workload.ts writes it) until over 1,000 have been
 * answered: every first touch included, nothing warmed but what the bot warms.
 * Prints JSON: latency percentiles overall and by kind, found share, RSS after.
 *
 * node bench/served.mjs CORPUS_DIR CACHE_DIR WORKLOAD.json
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

const dist = (m) => new URL(`../dist/src/${m}`, import.meta.url).href;
const { Engine } = await import(dist('engine.js'));
const { setLogLevel } = await import(dist('log.js'));
const { applyServingMemoryPolicy } = await import(dist('memory-policy.js'));

setLogLevel('warn');
const [corpusDir, cacheDir, workFile] = process.argv.slice(2);
const work = JSON.parse(await readFile(workFile, 'utf8'));
// As main.ts: open, then the policy, then warm (the console and the answer thread warm before the first question).
const engine = await Engine.open({ corpusDir, cacheDir });
applyServingMemoryPolicy();
engine.warm();

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const all = [];
const first = [];
const byKind = new Map();
let found = 0;
for (let round = 0; all.length < 1000; round++) {
  for (const w of work) {
    // Each question is an event, as on Discord or at the console: timers and I/O run between them (not timed).
    await new Promise((resolve) => setImmediate(resolve));
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
process.stdout.write(
  `${JSON.stringify({
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
  })}\n`,
);
