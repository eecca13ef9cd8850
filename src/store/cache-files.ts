/**
 * How every cache file is touched: a whole write that never leaves a half
 * file under the real name, a head line split from the rest, JSON that may
 * be damaged read as null, and the check that the cache folder can be written.
 */
import { mkdir, open, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { log } from '../log.ts';

/** A cache file's head line (text, not yet parsed) and the bytes after it; `rest` is null when there is no line break (cut short in its head). */
export function splitHeadLine(bytes: Buffer): { head: string; rest: Buffer | null } {
  const cut = bytes.indexOf(0x0a);
  return cut < 0 ? { head: bytes.toString('utf8'), rest: null } : { head: bytes.subarray(0, cut).toString('utf8'), rest: bytes.subarray(cut + 1) };
}

/** A JSON text's value, or null when it is not JSON (a damaged line, a cut file). */
export function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Write to a temporary file, flush it to the disk, and rename it: a crash, a
 * power cut or a full disk mid-write leaves the old file whole, and a save
 * that returns is one the disk holds (a full disk fails here, not later).
 */
export async function writeAtomically(path: string, body: string | Uint8Array): Promise<void> {
  await mkdir(resolve(path, '..'), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
  } catch (err) {
    // The write failed (the caller hears why); the temporary file must not be left behind.
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}

/**
 * Can caches be written here? When not (read-only, full, not a folder), the
 * bot still serves, from memory, and says once what it costs: every start
 * parses and indexes the whole corpus again.
 */
const unwritable = new Set<string>();

export async function checkCacheFolder(dir: string): Promise<boolean> {
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await unlink(probe);
    if (unwritable.delete(dir)) log.info(`The cache folder ${dir} can be written again; caches are saved.`);
    return true;
  } catch (err) {
    if (unwritable.has(dir)) return false; // said already
    unwritable.add(dir);
    log.warn(
      `The cache folder ${dir} cannot be written (${(err as Error).message}); answering from memory, and every start will index the corpus again. Set INDEX_CACHE_DIR to a writable folder.`,
    );
    return false;
  }
}
