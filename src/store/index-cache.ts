/**
 * The index cache on disk: one file per corpus folder, keyed by the corpus
 * content and the pipeline version. Written to a temporary file and renamed,
 * so a crash mid-write never leaves a half file under the real name; a file
 * that does not parse or validate is reported and rebuilt, never trusted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, unlink, readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SearchIndex } from '../search/search-index.ts';
import { z } from 'zod';
import { PIPELINE_VERSION } from '../search/pipeline.ts';
import type { RawReport } from './read-folder.ts';
import { digestOf, jsonOrNull, readHead, splitHeadLine, withHeadLine, writeAtomically } from './cache-files.ts';
import { log } from '../log.ts';

/**
 * The index cache is two lines, a head and the index's terms and refs, and a
 * binary part the head names. The head's digest covers the second line and
 * the binary part: one flipped byte anywhere and the cache is rebuilt (a bad
 * offset in the postings could otherwise send a search into a long loop).
 */
const CacheHead = z.object({
  format: z.literal('vn-reports-index'),
  pipelineVersion: z.number(),
  key: z.string(),
  signature: z.string().nullable(),
  corpusDir: z.string(),
  builtAt: z.string(),
  /** the binary part, written before this file and named here, so the two always belong together */
  bin: z.string().regex(/^index-[0-9a-f]+\.[0-9a-f]+\.bin$/),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});
const CacheMeta = z.object({ terms: z.array(z.string()), refs: z.array(z.string()), pipeline: z.array(z.string()) });

/**
 * The code that turns files into passages and facts: when any of it changes,
 * caches made by the old code are stale, without anyone remembering to bump a
 * number. Every source and data file under src/ is hashed (compiled: the
 * JavaScript under dist/src/ that runs), not a hand-kept list of folders,
 * which silently stopped invalidating when files moved.
 */
let codeHash: string | null = null;
export function codeVersion(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const src = fileURLToPath(new URL('..', import.meta.url));
  const walk = (dir: string, rel: string) => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}${e.name}/`);
      else if (/\.(ts|js|json)$/.test(e.name)) h.update(`${rel}${e.name}\n`).update(readFileSync(join(dir, e.name)));
    }
  };
  walk(src, '');
  codeHash = h.digest('hex').slice(0, 16);
  return codeHash;
}

/**
 * The folder signature a cache is saved and looked up under: the folder's
 * names, sizes and times *and* the code version, so that the fast path that
 * skips reading files never serves facts parsed by older code.
 */
export function cacheSignature(folder: string | null, code: string = codeVersion()): string | null {
  return folder === null ? null : createHash('sha256').update(`${folder}\npipeline:${PIPELINE_VERSION}\ncode:${code}`).digest('hex');
}

/** Content key: pipeline and code version plus every file's name and bytes. */
export function corpusKey(files: RawReport[]): string {
  const h = createHash('sha256');
  h.update(`pipeline:${PIPELINE_VERSION}\ncode:${codeVersion()}\n`);
  for (const f of [...files].sort((a, b) => a.id.localeCompare(b.id))) {
    h.update(
      `${f.id}\n${createHash('sha256')
        .update(f.text)
        .update(JSON.stringify(f.spellings ?? {}))
        .digest('hex')}\n`,
    );
  }
  return h.digest('hex');
}

/** Different corpus folders get different cache files. */
export function cachePath(cacheDir: string, corpusDir: string): string {
  const folder = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `index-${folder}.json`);
}

export type CacheLoad = { status: 'hit'; index: SearchIndex } | { status: 'missing' } | { status: 'stale' } | { status: 'corrupt'; reason: string };

type Verified = { status: 'whole'; metaLine: Buffer; bin: Buffer } | Exclude<CacheLoad, { status: 'hit' }>;

/** Read both parts and check them against the head's key and digest, without building the index. */
async function readVerified(path: string, key: string): Promise<Verified> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    return { status: 'missing' };
  }
  const { head: headLine, rest: metaLine } = splitHeadLine(raw);
  let head: z.infer<typeof CacheHead>;
  try {
    head = CacheHead.parse(JSON.parse(headLine));
  } catch (err) {
    return { status: 'corrupt', reason: err instanceof SyntaxError ? 'it is not complete JSON' : 'it is not an index cache of this program' };
  }
  if (head.key !== key || head.pipelineVersion !== PIPELINE_VERSION) return { status: 'stale' };
  if (!metaLine) return { status: 'corrupt', reason: 'it is cut short' };
  let bin: Buffer;
  try {
    bin = await readFile(join(dirname(path), head.bin));
  } catch (err) {
    return { status: 'corrupt', reason: `its binary part could not be read (${(err as Error).message})` };
  }
  if (digestOf(metaLine, bin) !== head.digest) return { status: 'corrupt', reason: 'its contents are not what was written (cut short, overwritten or edited)' };
  return { status: 'whole', metaLine, bin };
}

export async function loadCachedIndex(path: string, key: string): Promise<CacheLoad> {
  const v = await readVerified(path, key);
  if (v.status !== 'whole') return v;
  try {
    return { status: 'hit', index: SearchIndex.deserialize(CacheMeta.parse(JSON.parse(v.metaLine.toString('utf8'))), v.bin) };
  } catch (err) {
    return { status: 'corrupt', reason: `it could not be loaded (${(err as Error).message})` };
  }
}

/** Is there a cache for this key whose parts are exactly what was written? (a build worker's check before skipping the build) */
export async function indexCacheIsWhole(path: string, key: string): Promise<boolean> {
  return (await readVerified(path, key)).status === 'whole';
}

export async function saveIndex(path: string, key: string, corpusDir: string, index: SearchIndex, signature: string | null = null): Promise<void> {
  const { meta, bin } = index.serialize();
  const base = basename(path).replace(/\.json$/, '');
  const binName = `${base}.${randomBytes(6).toString('hex')}.bin`;
  await mkdir(dirname(path), { recursive: true });
  // The binary part first, then the JSON that names it: a crash in between leaves the old pair whole.
  await writeAtomically(join(dirname(path), binName), bin);
  const metaLine = JSON.stringify(meta);
  const head: z.infer<typeof CacheHead> = {
    format: 'vn-reports-index',
    pipelineVersion: PIPELINE_VERSION,
    key,
    signature,
    corpusDir: resolve(corpusDir),
    builtAt: new Date().toISOString(),
    bin: binName,
    digest: digestOf(metaLine, bin),
  };
  await writeAtomically(path, withHeadLine(head, metaLine));
  // Binary parts no JSON names any more.
  for (const f of await readdir(dirname(path))) {
    if (f.startsWith(`${base}.`) && f.endsWith('.bin') && f !== binName)
      await unlink(join(dirname(path), f)).catch((err: Error) => log.debug(`Could not remove the old cache part ${f} (${err.message}).`));
  }
}

/** Cheap check before a full load: does the cache file start with this key? */
export async function cacheKeyMatches(path: string, key: string): Promise<boolean> {
  const head = await readHead(path);
  return head.includes(`"key":"${key}"`) && head.includes(`"pipelineVersion":${PIPELINE_VERSION},`);
}

/**
 * The fast path's memory: which content key the folder had when it last
 * looked like this (names, sizes, times, code). Kept in a small file of its
 * own beside the caches, so that when only the times change (touch, a git
 * checkout, rsync) and the content is found the same, the next start is fast
 * again without rewriting either cache.
 */
const Remembered = z.object({ signature: z.string(), key: z.string().regex(/^[0-9a-f]{64}$/), skipped: z.array(z.string()) });

function signaturePath(indexPath: string): string {
  return join(dirname(indexPath), basename(indexPath).replace(/^index-/, 'signature-'));
}

/** Remember that the folder with this signature holds content `key` (both caches saved for it) and these skipped files. A failed write only costs speed. */
export async function rememberSignature(indexPath: string, signature: string | null, key: string, skipped: string[]): Promise<void> {
  if (!signature) return;
  await writeAtomically(signaturePath(indexPath), JSON.stringify({ signature, key, skipped } satisfies z.infer<typeof Remembered>)).catch((err: Error) =>
    log.debug(`Could not remember the folder signature (${err.message}); the next start reads the folder.`),
  );
}

/** The key both caches were saved under (and the files skipped then), when the folder looks as when it was remembered and both caches are of that key; else null. */
export async function keyForSignature(indexPath: string, factsPath: string, signature: string | null): Promise<{ key: string; skipped: string[] } | null> {
  if (!signature) return null;
  const remembered = Remembered.safeParse(jsonOrNull(await readHead(signaturePath(indexPath))));
  if (!remembered.success || remembered.data.signature !== signature) return null;
  const key = remembered.data.key;
  const [a, b] = await Promise.all([readHead(indexPath), readHead(factsPath)]);
  return a.includes(`"key":"${key}"`) && b.includes(`"key":"${key}"`) ? { key, skipped: remembered.data.skipped } : null;
}
