/** `npm run eval`: run every case in test/eval/*.jsonl and print the table, then the shared development set's strict score. */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from './engine.ts';
import { evalCorpusDir } from './eval/corpus.ts';
import { evaluate, formatReport, parseCases } from './eval/evaluate.ts';
import { setLogLevel } from './log.ts';
import { devsetDir, hasDevset, scoreDevset } from './eval/devset.ts';

setLogLevel('warn');
const dir = 'test/eval';
const cases = [];
for (const f of (await readdir(dir)).filter((x) => x.endsWith('.jsonl')).sort()) cases.push(...parseCases(await readFile(join(dir, f), 'utf8'), f));
const corpusDir = await evalCorpusDir();
const cacheDir = await mkdtemp(join(tmpdir(), 'vnbot-eval-cache-'));
const engine = await Engine.open({ corpusDir, cacheDir });
const report = evaluate(engine, cases);
// The corpus copy and its caches were made for this run only.
await Promise.all([corpusDir, cacheDir].map((d) => rm(d, { recursive: true, force: true })));
process.stdout.write(`${cases.length} cases over ${engine.corpus.reports.length} reports\n\n${formatReport(report)}\n`);

if (hasDevset()) {
  process.stdout.write(`\nDevelopment set (${devsetDir()}), scored by its own score.mjs on the JSON command line:\n\n`);
  process.stdout.write(`${scoreDevset().output}\n`);
} else {
  process.stdout.write(`\nNo development set at ${devsetDir()} (set DEVSET_DIR to score one).\n`);
}
