import { Engine } from '../src/engine.ts';
import { writeCorpus, tempDir, removeTemporaryFiles } from './helpers.ts';
import { setLogLevel } from '../src/log.ts';
import { readFile, readdir } from 'node:fs/promises';
setLogLevel('warn');
const mb = Number(process.argv[2] ?? 5);
const seeds = await Promise.all((await readdir('corpus')).map((f) => readFile(`corpus/${f}`, 'utf8')));
const body = seeds.join('\n\n');
let big = 'Báo cáo tổng hợp rất dài\n\n';
while (Buffer.byteLength(big) < mb * 1e6) big += body + '\n\n';
const files: Record<string, string> = { 'big.txt': big };
for (const f of await readdir('corpus')) files[f] = await readFile(`corpus/${f}`, 'utf8');
let t = performance.now();
const e = await Engine.open({ corpusDir: await writeCorpus(files), cacheDir: await tempDir() });
console.log('open ms', (performance.now() - t).toFixed(0), 'passages', e.corpus.passages.size);
for (const [label, fn] of [
  ['report big', () => e.summarize('big.txt', 'en')],
  ['who attended', () => e.ask('who attended the 2020 congress?')],
  ['how many docs', () => e.ask('how many documents?')],
  ['stated figure', () => e.answerStated({ intent: 'figure', what: 'documents' })],
  ['stated attendees big', () => e.answerStated({ intent: 'attendees', doc: 'big.txt' })],
  ['search', () => e.ask('văn phòng', { search: true })],
] as const) {
  t = performance.now();
  try {
    const a = (fn as () => any)();
    console.log(label, (performance.now() - t).toFixed(0), 'ms', a?.answer?.length ?? '');
  } catch (err) {
    console.log(label, 'ERR', (err as Error).message);
  }
}
await removeTemporaryFiles();
