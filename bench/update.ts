/**
 * One report changed: how long until the corpus reflects it, end to end, as
 * the bot's reload does it (a worker brings the store up to date: stats the
 * folder, reads and parses the changed report, rewrites its segment; the
 * main thread then reads that segment and puts the corpus together), over a
 * store the compiled bot saved and loaded. The report is put back as it was
 * afterwards.
 * Prints JSON.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

// The compiled modules the bot runs (bench/run.ts builds dist/ first), over the store the compiled bot saved.
const dist = (m: string) => new URL(`../dist/src/${m}`, import.meta.url).href;
const { loadCorpus } = (await import(dist('store/load.js'))) as typeof import('../src/store/load.ts');
const { loadCorpusInWorker } = (await import(dist('store/build-in-worker.js'))) as typeof import('../src/store/build-in-worker.ts');
const { setLogLevel } = (await import(dist('log.js'))) as typeof import('../src/log.ts');

setLogLevel('warn');
const [corpusDir, cacheDir] = process.argv.slice(2);
const file = join(corpusDir, 'syn_000000.txt');
const before = await readFile(file, 'utf8');
await loadCorpus({ corpusDir, cacheDir, requireCache: true }); // the store as the serving bot holds it
try {
  await writeFile(file, `${before}\n\nBổ sung: Văn phòng tiếp nhận thêm 123 văn bản đến.\n`);
  const s = performance.now();
  const c = await loadCorpusInWorker({ corpusDir, cacheDir });
  const ms = performance.now() - s;
  if (!c.reports.some((r) => r.passages.some((p) => p.text.includes('123 văn bản đến')))) throw new Error('the change is not in the corpus');
  process.stdout.write(
    `${JSON.stringify({ changedReportMs: ms, cache: c.cache, parsed: c.build?.parsed, written: c.build?.written, heapMB: process.memoryUsage().heapUsed / 2 ** 20 })}\n`,
  );
} finally {
  await writeFile(file, before);
}
