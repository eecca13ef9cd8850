/** `npm run eval`: run every case in test/eval/*.jsonl and print the table. */
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from './engine.ts';
import { evalCorpusDir } from './eval/corpus.ts';
import { evaluate, formatReport, parseCases } from './eval/evaluate.ts';
import { setLogLevel } from './log.ts';

setLogLevel('warn');
const dir = 'test/eval';
const cases = [];
for (const f of (await readdir(dir)).filter((x) => x.endsWith('.jsonl')).sort()) cases.push(...parseCases(await readFile(join(dir, f), 'utf8'), f));
const engine = await Engine.open({ corpusDir: await evalCorpusDir(), cacheDir: await mkdtemp(join(tmpdir(), 'vnbot-eval-cache-')) });
const report = evaluate(engine, cases);
process.stdout.write(`${cases.length} cases over ${engine.corpus.reports.length} reports\n\n${formatReport(report)}\n`);
