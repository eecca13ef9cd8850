/**
 * `npm run bench [-- --sizes 100,1000,10000] [--quick]`: generate (once) a
 * synthetic corpus per size, measure each size in its own process, print one
 * table and write the figures to bench/results/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './generate.ts';
import { buildWorkload } from './workload.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, quick: { type: 'boolean' } } });
const sizes = (values.sizes ?? (values.quick ? '100,1000' : '100,1000,10000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const NODE = [process.execPath, '--expose-gc', '--max-old-space-size=12288', '--import', 'tsx'];

function child(script: string, args: string[]): any {
  const r = spawnSync(NODE[0], [...NODE.slice(1), script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}

/**
 * The real start, as a user runs it: `npm start`'s program (scripts/start.mjs: the compiled bot) with no token, over
 * the cached corpus, one question piped in; times from spawning to the console's first prompt and to its answer.
 */
function realStart(corpusDir: string, cacheDir: string, dataDir: string): Promise<{ promptMs: number; answerMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir, DATA_DIR: dataDir, DISCORD_TOKEN: '', LOG_LEVEL: 'warn' };
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let promptMs = 0;
    child.stdout.on('data', (d) => {
      out += d;
      const prompts = out.split('\n? ').length - 1;
      if (prompts >= 1 && !promptMs) {
        promptMs = performance.now() - started;
        child.stdin.end('who attended the 2015 congress?\n');
      }
      if (prompts >= 2) {
        resolve({ promptMs, answerMs: performance.now() - started });
        child.kill();
      }
    });
    child.on('exit', (code) => {
      if (!promptMs) reject(new Error(`the real start exited (${code}) before its prompt`));
    });
  });
}
/**
 * The realistic workload (bench/workload.ts) on the program as users run it: bench/served.mjs, a plain `node` process
 * running the compiled engine over the compiled bot's store, with no TypeScript loader and no raised heap cap.
 */
function servedWorkload(corpusDir: string, cacheDir: string, workFile: string, size: number): any {
  writeFileSync(workFile, JSON.stringify(buildWorkload(size)));
  const r = spawnSync(process.execPath, ['bench/served.mjs', corpusDir, cacheDir, workFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`bench/served.mjs failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string);
}
const median = <T>(xs: T[], by: (x: T) => number): T => [...xs].sort((a, b) => by(a) - by(b))[Math.floor(xs.length / 2)];

// The compiled bot, built now if the sources are newer, so that no real start below pays for compiling.
if (spawnSync(process.execPath, ['scripts/start.mjs', '--build'], { stdio: 'inherit' }).status !== 0) throw new Error('building dist/ failed');

const results: any[] = [];
for (const size of sizes) {
  process.stderr.write(`\n${size} reports: generating (cached after the first run)…\n`);
  const dir = await ensureCorpus(size, (d, t) => process.stderr.write(`\r  generating ${d}/${t}   ${d === t ? '\n' : ''}`));
  const cacheDir = await mkdtemp(join(tmpdir(), 'vnbot-bench-'));
  process.stderr.write(`  measuring build, memory and latency…\n`);
  const m = child('bench/measure.ts', [dir, cacheDir, values.quick ? 'quick' : 'full']);
  process.stderr.write(`  measuring cold start…\n`);
  const colds = [0, 1, 2].map(() => child('bench/cold-start.ts', [dir, cacheDir]));
  const cold = colds.sort((a, b) => a.readyMs - b.readyMs)[1];
  process.stderr.write(`  measuring the real start (npm start's program) to its first answer…\n`);
  const dataDir = await mkdtemp(join(tmpdir(), 'vnbot-bench-data-'));
  const compiledCache = await mkdtemp(join(tmpdir(), 'vnbot-bench-'));
  const firstStart = await realStart(dir, compiledCache, dataDir); // the compiled code keys its own store: the first start builds it
  const starts = [];
  for (let i = 0; i < 3; i++) starts.push(await realStart(dir, compiledCache, dataDir));
  const real = { ...median(starts, (s) => s.answerMs), firstAnswerMs: firstStart.answerMs };
  process.stderr.write(`  the realistic workload on the served index (the compiled engine, plain node), and serving memory after it…\n`);
  const served = servedWorkload(dir, compiledCache, join(dataDir, 'workload.json'), size);
  process.stderr.write(`  one changed report, end to end, by the compiled bot's reload…\n`);
  const update = child('bench/update.ts', [dir, compiledCache]);
  await rm(dataDir, { recursive: true, force: true });
  await rm(compiledCache, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
  results.push({ size, ...m, cold, real, served, update });
}

const f = (n: number, d = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));
const rows: [string, (r: any) => string][] = [
  ['reports', (r) => String(r.reports)],
  ['passages', (r) => String(r.passages)],
  ['index segments', (r) => String(r.segments)],
  ['first full build, in its worker, end to end (ms)', (r) => f(r.buildMs)],
  ['  peak build heap, worker (MB)', (r) => f(r.buildPeakHeapMB)],
  ['store on disk (MB)', (r) => f(r.cacheBytes / 2 ** 20)],
  ['peak RSS, build and serve (MB)', (r) => f(r.peakRssMB)],
  ['heap after build, main thread (MB)', (r) => f(r.heapAfterBuildMB)],
  ['cold start to ready, in-process (ms)', (r) => f(r.cold.readyMs)],
  ['real start: to prompt / first answer (ms)', (r) => `${f(r.real.promptMs)} / ${f(r.real.answerMs)}`],
  ['real first start, building the store: to first answer (ms)', (r) => f(r.real.firstAnswerMs)],
  ['heap after load (MB)', (r) => f(r.cold.heapAfterLoadMB)],
  ['fixed 16 questions ×15: p50 / p95 / p99 (ms)', (r) => `${f(r.latency.all.p50)} / ${f(r.latency.all.p95)} / ${f(r.latency.all.p99)}`],
  ['  first touch p50 / max (ms)', (r) => `${f(r.firstTouch.p50)} / ${f(r.firstTouch.max)}`],
  ['distinct index terms', (r) => String(r.terms)],
  ['realistic workload: questions, found', (r) => `${r.served.questions}, ${(100 * r.served.foundShare).toFixed(0)}%`],
  ['  p50 / p95 / p99 over 1,000+ (ms)', (r) => `${f(r.served.p50)} / ${f(r.served.p95)} / ${f(r.served.p99)}`],
  ['  first pass p99 / max (ms)', (r) => `${f(r.served.firstPassP99)} / ${f(r.served.max)}`],
  ...['attendees', 'chair', 'figure', 'date', 'person', 'title', 'compare', 'broad', 'trend', 'search-rare', 'not-found'].map(
    (k) => [`  ${k} p95 (ms)`, (r: any) => f(r.served.byKindP95[k] ?? NaN)] as [string, (r: any) => string],
  ),
  ['serving RSS after 1,000 questions (MB)', (r) => f(r.served.rssAfterMB)],
  ['one changed report reflected (ms)', (r) => f(r.update.changedReportMs)],
  ...['search-common', 'search-rare', 'attendees', 'figure', 'date', 'chair', 'not-found'].map(
    (k) => [`  fixed ${k} p95 (ms)`, (r: any) => f(r.latency[k]?.p95 ?? NaN)] as [string, (r: any) => string],
  ),
  ['search p50: ours (ms)', (r) => f(r.search.oursP50, 2)],
  ['search p50: MiniSearch (ms)', (r) => f(r.search.miniP50, 2)],
  ['search p50: linear scan (ms)', (r) => f(r.search.scanP50, 2)],
  ['ours ÷ MiniSearch, ÷ scan', (r) => `${(r.search.oursP50 / r.search.miniP50).toFixed(2)}, ${(r.search.oursP50 / r.search.scanP50).toFixed(2)}`],
];
const width = Math.max(...rows.map(([l]) => l.length));
const lines = [`${''.padEnd(width)}  ${results.map((r) => String(r.size).padStart(20)).join('')}`];
for (const [label, fn] of rows) lines.push(`${label.padEnd(width)}  ${results.map((r) => fn(r).padStart(20)).join('')}`);
process.stdout.write(`\n${lines.join('\n')}\n`);
await mkdir('bench/results', { recursive: true });
const file = join('bench/results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
await writeFile(file, JSON.stringify({ node: process.version, when: new Date().toISOString(), results }, null, 2));
process.stdout.write(`\nfigures written to ${file}\n`);
