/**
 * One benchmark size, in its own process so memory figures are its own:
 * the first build end to end in its worker, store size, memory, answer latency over the
 * workload, and the same searches through MiniSearch and a linear scan.
 * Prints one JSON object.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { parseQuery, searchIndex } from '../src/search/query.ts';
import { tokenize } from '../src/text/normalize.ts';
import { Engine } from '../src/engine.ts';
import { loadCorpusInWorker } from '../src/store/build-in-worker.ts';
import { forgetReadSegments } from '../src/store/load.ts';
import { setLogLevel } from '../src/log.ts';
import { WORKLOAD } from './workload.ts';

setLogLevel('warn');
const [corpusDir, cacheDir, quickArg] = process.argv.slice(2);
const quick = quickArg === 'quick';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const progress = (label: string) => (d: number, t: number) => process.stderr.write(`\r  ${label} ${d}/${t}   ${d === t ? '\n' : ''}`);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// The first full build as the bot runs it: in its worker, end to end (list, read, parse, extract, index, save each
// segment, then the main thread loads the segments).
let t = performance.now();
const built = await loadCorpusInWorker({ corpusDir, cacheDir, onProgress: progress('building') });
const buildMs = performance.now() - t;
if (built.cache !== 'built' || !built.build) throw new Error('the first build did not build');
let cacheBytes = 0; // the store: its manifest and segment files
for (const f of await readdir(cacheDir)) cacheBytes += (await stat(join(cacheDir, f))).size;

gc();
const heapAfterBuild = process.memoryUsage().heapUsed;

// Latency on the index the bot serves: loaded from the cache just saved (lazily materialised), its lookup tables
// built at load as the answer thread does, and no warm-up: the first round pays each first touch, as users would.
forgetReadSegments(); // read from disk, as a restarted bot does, not the segments the build handed over
const served = await Engine.open({ corpusDir, cacheDir });
const { passages, index } = served.corpus;
if (served.corpus.cache !== 'hit') throw new Error('the served index was not loaded from the cache');
const engine = served.warm();
const rounds = quick ? 3 : 15;
const latency = new Map<string, number[]>();
const firstRound: number[] = [];
for (let i = 0; i < rounds; i++) {
  for (const w of WORKLOAD) {
    const s = performance.now();
    engine.ask(w.q, { search: w.search });
    const ms = performance.now() - s;
    latency.set(w.kind, [...(latency.get(w.kind) ?? []), ms]);
    latency.set('all', [...(latency.get('all') ?? []), ms]);
    if (i === 0) firstRound.push(ms);
  }
}

// The same searches, same passages, same tokens: ours (retrieval only), MiniSearch, a linear scan.
const searches = WORKLOAD.filter((w) => w.search).map((w) => w.q);
const foldedTexts = [...passages.values()].map((p) => ({ id: p.id, toks: tokenize(p.text).map((x) => x.folded) }));
t = performance.now();
const mini = new MiniSearch<{ id: string; text: string }>({
  fields: ['text'],
  tokenize: (s) => tokenize(s).map((x) => x.folded),
  processTerm: (x) => x,
});
mini.addAll([...passages.values()].map((p) => ({ id: p.id, text: p.text })));
const miniBuildMs = performance.now() - t;
const time = (fn: () => unknown) => {
  const xs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const s = performance.now();
    fn();
    xs.push(performance.now() - s);
  }
  return xs;
};
const ours: number[] = [];
const miniTimes: number[] = [];
const scanTimes: number[] = [];
for (const q of searches) {
  const pq = parseQuery(q);
  ours.push(...time(() => searchIndex(index, pq, 10, passages)));
  miniTimes.push(...time(() => mini.search(q).slice(0, 10)));
  const terms = new Set(pq.terms.map((x) => x.folded));
  scanTimes.push(
    ...time(() => {
      const scored: { id: string; s: number }[] = [];
      for (const p of foldedTexts) {
        let s = 0;
        for (const tok of p.toks) if (terms.has(tok)) s++;
        if (s) scored.push({ id: p.id, s });
      }
      return scored.sort((a, b) => b.s - a.s).slice(0, 10);
    }),
  );
}

const out = {
  reports: served.corpus.reports.length,
  passages: passages.size,
  terms: index.terms().length,
  segments: index.segments.length,
  buildMs,
  buildPeakHeapMB: built.build.peakHeapMB,
  cacheBytes,
  heapAfterBuildMB: heapAfterBuild / 2 ** 20,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  latency: Object.fromEntries([...latency].map(([k, xs]) => [k, { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99) }])),
  firstTouch: { p50: pct(firstRound, 50), max: Math.max(...firstRound) },
  search: { oursP50: pct(ours, 50), miniP50: pct(miniTimes, 50), scanP50: pct(scanTimes, 50), miniBuildMs },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
