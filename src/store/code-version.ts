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
