import { mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, type Corpus } from '../src/store/load.ts';
import { Engine } from '../src/engine.ts';
import { setLogLevel } from '../src/log.ts';

setLogLevel('silent');

let shipped: Promise<Corpus> | null = null;
let shippedCache: Promise<string> | null = null;

/** Every folder the tests make, removed when the run ends (test/hooks.ts). */
const created: string[] = [];

export function removeLater(dir: string): string {
  created.push(dir);
  return dir;
}

export async function removeTemporaryFiles(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** The shipped corpus, indexed once per test run into a temporary cache. */
export async function shippedCorpus(): Promise<Corpus> {
  shipped ??= (async () => loadCorpus({ corpusDir: 'corpus', cacheDir: await shippedCacheDir() }))();
  return shipped;
}

/** Where the shipped corpus's caches are (an answer thread loads them from there). */
export function shippedCacheDir(): Promise<string> {
  shippedCache ??= tempDir('vnbot-cache-');
  return shippedCache;
}

export async function shippedEngine(): Promise<Engine> {
  return new Engine(await shippedCorpus());
}

/** A corpus folder the test writes itself: { "name.txt": "text" | Buffer }. */
export async function writeCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = removeLater(await mkdtemp(join(tmpdir(), 'vnbot-corpus-')));
  await mkdir(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
  return dir;
}

export async function tempDir(prefix = 'vnbot-'): Promise<string> {
  return removeLater(await mkdtemp(join(tmpdir(), prefix)));
}

/** Where a spawned bot keeps its files (cache, votes, answer states): a temporary folder, never the checkout. */
export async function dataFiles(): Promise<{ DATA_DIR: string; INDEX_CACHE_DIR: string; FEEDBACK_FILE: string; ANSWER_STATE_FILE: string }> {
  const dir = await tempDir();
  return { DATA_DIR: dir, INDEX_CACHE_DIR: dir, FEEDBACK_FILE: join(dir, 'feedback.jsonl'), ANSWER_STATE_FILE: join(dir, 'answers.jsonl') };
}
