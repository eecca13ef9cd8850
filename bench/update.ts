/**
 * One report changed: how long until the corpus as the bot loads it reflects
 * it, end to end (read, parse, index, save), over a valid cache of the rest.
 * The report is put back as it was afterwards. Prints JSON.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/store/load.ts';
import { setLogLevel } from '../src/log.ts';

setLogLevel('warn');
const [corpusDir, cacheDir] = process.argv.slice(2);
const file = join(corpusDir, 'syn_000000.txt');
const before = await readFile(file, 'utf8');
try {
  await writeFile(file, `${before}\n\nBổ sung: Văn phòng tiếp nhận thêm 123 văn bản đến.\n`);
  const s = performance.now();
  const c = await loadCorpus({ corpusDir, cacheDir });
  const ms = performance.now() - s;
  process.stdout.write(`${JSON.stringify({ changedReportMs: ms, cache: c.cache, heapMB: process.memoryUsage().heapUsed / 2 ** 20 })}\n`);
} finally {
  await writeFile(file, before);
}
