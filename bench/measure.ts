/**
 * One benchmark size, in its own process so memory figures are its own:
 * read/parse/extract, index build, cache size, memory, answer latency over the
 * workload, and the same searches through MiniSearch and a linear scan.
 * Prints one JSON object.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import MiniSearch from 'minisearch';
import { readCorpusFolder } from '../src/store/read-folder.ts';
import { parseReport } from '../src/corpus/parse.ts';
import { extractFacts } from '../src/facts/extract.ts';
import { buildIndex } from '../src/search/build-index.ts';
import { cacheSignature, cachePath, corpusKey, rememberSignature, saveIndex } from '../src/store/index-cache.ts';
import { factsCachePath, saveFacts } from '../src/store/facts-cache.ts';
import { folderSignature } from '../src/store/read-folder.ts';
import { parseQuery, searchIndex } from '../src/search/query.ts';
import { tokenize } from '../src/text/normalize.ts';
import { Engine } from '../src/engine.ts';
import type { Passage } from '../src/model/report.ts';
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

let t = performance.now();
const { files } = await readCorpusFolder(corpusDir);
const readMs = performance.now() - t;
t = performance.now();
const reports = files.map((f) => parseReport(f.id, f.text));
const parseMs = performance.now() - t;
t = performance.now();
const facts = new Map(reports.map((r) => [r.id, extractFacts(r)]));
const extractMs = performance.now() - t;
const passages = new Map<string, Passage>();
for (const r of reports) for (const p of r.passages) passages.set(p.id, p);

t = performance.now();
const index = buildIndex([...passages.values()], progress('indexing'));
const buildMs = performance.now() - t;
const path = cachePath(cacheDir, corpusDir);
const key = corpusKey(files);
t = performance.now();
// Saved as the engine saves them, so the cold start below takes the same path a restarted bot would.
const signature = cacheSignature(await folderSignature(corpusDir));
await saveIndex(path, key, corpusDir, index, signature);
await saveFacts(factsCachePath(cacheDir, corpusDir), key, reports, facts, signature);
await rememberSignature(path, signature, key, []);
let cacheBytes = 0; // the index's JSON and binary parts and the parsed-reports cache
for (const f of await readdir(cacheDir)) cacheBytes += (await stat(join(cacheDir, f))).size;
const saveMs = performance.now() - t;

gc();
const heapAfterBuild = process.memoryUsage().heapUsed;

// Latency on the index the bot serves: loaded from the cache just saved (lazily materialised), its lookup tables
// built at load as the answer thread does, and no warm-up: the first round pays each first touch, as users would.
const served = await Engine.open({ corpusDir, cacheDir });
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
  reports: reports.length,
  passages: passages.size,
  terms: index.terms().length,
  readMs,
  parseMs,
  extractMs,
  buildMs,
  saveMs,
  cacheBytes,
  heapAfterBuildMB: heapAfterBuild / 2 ** 20,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  latency: Object.fromEntries([...latency].map(([k, xs]) => [k, { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99) }])),
  firstTouch: { p50: pct(firstRound, 50), max: Math.max(...firstRound) },
  search: { oursP50: pct(ours, 50), miniP50: pct(miniTimes, 50), scanP50: pct(scanTimes, 50), miniBuildMs },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
