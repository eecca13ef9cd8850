/**
 * The code that turns files into passages, facts and index terms: when any
 * of it changes, what the store saved with the old code is stale, without
 * anyone remembering to bump a number. Every source and data file under src/
 * is hashed (compiled: the JavaScript under dist/src/ that runs), not a
 * hand-kept list of folders, which silently stopped invalidating when files
 * moved.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_VERSION } from '../search/pipeline.ts';

/** Hash every source and data file under src/ (compiled: dist/src/) whose path, relative to it, `keep` accepts. */
function hashSources(keep: (rel: string) => boolean): string {
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
      else if (/\.(ts|js|json)$/.test(e.name) && keep(`${rel}${e.name}`)) h.update(`${rel}${e.name}\n`).update(readFileSync(join(dir, e.name)));
    }
  };
  walk(src, '');
  return h.digest('hex').slice(0, 16);
}

let codeHash: string | null = null;
export function codeVersion(): string {
  codeHash ??= hashSources(() => true);
  return codeHash;
}

/**
 * The files that decide what a saved store holds and how it is read: the
 * model's types, the segment and manifest formats, the index's flat form and
 * pipeline. A store written by other code whose files these are the same can
 * still be read (its facts may be stale: the extractors changed), so a start
 * after an upgrade serves it while the store is rebuilt.
 */
const FORMAT_FILES = /^(model\/|store\/(cache-schema|segment-file|manifest|intern|scratch)\.|search\/(flat-format|index-segment|term-table|pipeline)\.)/;
let formatHash: string | null = null;
export function formatVersion(): string {
  formatHash ??= `${PIPELINE_VERSION}:${hashSources((rel) => FORMAT_FILES.test(rel))}`;
  return formatHash;
}

/** What keys everything the store saves: the pipeline and the code. */
export function storeCode(code: string = codeVersion()): string {
  return `pipeline:${PIPELINE_VERSION}:code:${code}`;
}

/**
 * The folder signature the store is saved and looked up under: the folder's
 * names, sizes and times *and* the code, so that the fast path that reads no
 * file never serves facts parsed by older code.
 */
export function cacheSignature(folder: string | null, code: string = codeVersion()): string | null {
  return folder === null
    ? null
    : createHash('sha256')
        .update(`${folder}\n${storeCode(code)}`)
        .digest('hex');
}

/** A report file's content hash: its normalised text and its own spellings (both what parsing reads). */
export function contentHash(text: string, spellings: Record<string, string> | undefined): string {
  return createHash('sha256')
    .update(text)
    .update(JSON.stringify(spellings ?? {}))
    .digest('hex');
}
