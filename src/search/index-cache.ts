/**
 * The index cache on disk: one file per corpus folder, keyed by the corpus
 * content and the pipeline version. Written to a temporary file and renamed,
 * so a crash mid-write never leaves a half file under the real name; a file
 * that does not parse or validate is reported and rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile, unlink, open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import lunr from 'lunr';
import { z } from 'zod';
import { PIPELINE_VERSION } from './pipeline.ts';
import type { RawReport } from '../corpus/read.ts';

const CacheFile = z.object({
  format: z.literal('vn-reports-index'),
  pipelineVersion: z.number(),
  key: z.string(),
  corpusDir: z.string(),
  builtAt: z.string(),
  index: z.record(z.string(), z.unknown()),
});

/** Content key: pipeline version plus every file's name and bytes. */
export function corpusKey(files: RawReport[]): string {
  const h = createHash('sha256');
  h.update(`pipeline:${PIPELINE_VERSION}\n`);
  for (const f of [...files].sort((a, b) => a.id.localeCompare(b.id))) {
    h.update(`${f.id}\n${createHash('sha256').update(f.text).digest('hex')}\n`);
  }
  return h.digest('hex');
}

/** Different corpus folders get different cache files. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  const folder = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${folder}.json`);
}

export type CacheLoad =
  | { status: 'hit'; index: lunr.Index }
  | { status: 'missing' }
  | { status: 'stale' }
  | { status: 'corrupt'; reason: string };

export async function loadCachedIndex(path: string, key: string): Promise<CacheLoad> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return { status: 'missing' };
  }
  let parsed: z.infer<typeof CacheFile>;
  try {
    parsed = CacheFile.parse(JSON.parse(raw));
  } catch (err) {
    return { status: 'corrupt', reason: err instanceof SyntaxError ? 'it is not complete JSON' : 'it is not an index cache of this program' };
  }
  if (parsed.key !== key || parsed.pipelineVersion !== PIPELINE_VERSION) return { status: 'stale' };
  try {
    return { status: 'hit', index: lunr.Index.load(parsed.index as object) };
  } catch (err) {
    return { status: 'corrupt', reason: `Lunr could not load it (${(err as Error).message})` };
  }
}

export async function saveIndex(path: string, key: string, corpusDir: string, index: lunr.Index): Promise<void> {
  await mkdir(resolve(path, '..'), { recursive: true });
  const body = JSON.stringify({
    format: 'vn-reports-index',
    pipelineVersion: PIPELINE_VERSION,
    key,
    corpusDir: resolve(corpusDir),
    builtAt: new Date().toISOString(),
    index: index.toJSON(),
  });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, body);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/** Cheap check before a full load: does the cache file start with this key? (The key is written near the top.) */
export async function cacheKeyMatches(path: string, key: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(400);
    const { bytesRead } = await fh.read(buf, 0, 400, 0);
    const head = buf.subarray(0, bytesRead).toString('utf8');
    return head.includes(`"key":"${key}"`) && head.includes(`"pipelineVersion":${PIPELINE_VERSION},`);
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}
