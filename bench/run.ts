/**
 * `npm run bench [-- --sizes 100,1000,10000] [--quick]`: generate (once) a
 * synthetic corpus per size, measure each size in its own process, print one
 * table and write the figures to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './generate.ts';

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
  results.push({ size, ...m, cold });
}

const f = (n: number, d = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));
const rows: [string, (r: any) => string][] = [
  ['reports', (r) => String(r.reports)],
  ['passages', (r) => String(r.passages)],
  ['read + parse + facts (ms)', (r) => f(r.readMs + r.parseMs + r.extractMs)],
  ['index build (ms)', (r) => f(r.buildMs)],
  ['cache on disk (MB)', (r) => f(r.cacheBytes / 2 ** 20)],
  ['peak RSS (MB)', (r) => f(r.peakRssMB)],
  ['heap after build (MB)', (r) => f(r.heapAfterBuildMB)],
  ['cold start to ready (ms)', (r) => f(r.cold.readyMs)],
  ['heap after load (MB)', (r) => f(r.cold.heapAfterLoadMB)],
  ['answer p50 / p95 / p99 (ms)', (r) => `${f(r.latency.all.p50)} / ${f(r.latency.all.p95)} / ${f(r.latency.all.p99)}`],
  ...['search-common', 'search-rare', 'attendees', 'figure', 'date', 'chair', 'not-found'].map(
    (k) => [`  ${k} p95 (ms)`, (r: any) => f(r.latency[k]?.p95 ?? NaN)] as [string, (r: any) => string],
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
