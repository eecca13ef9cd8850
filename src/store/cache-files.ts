/**
 * How every cache file is touched: its first bytes read cheaply (where its
 * key and signature are written, to decide without loading it), a whole write
 * that never leaves a half file under the real name, and the one layout both
 * caches share — a JSON head line (format, key, signature, the SHA-256 of what
 * follows) and the rest, which is trusted only when its digest matches.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { log } from '../log.ts';

/** Enough bytes to hold a cache file's format, key and signature. */
const HEAD_BYTES = 400;

/** The first bytes of a cache file; '' when it cannot be read. */
export async function readHead(path: string): Promise<string> {
  let fh: Awaited<ReturnType<typeof open>> | undefined;
  try {
    fh = await open(path, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } catch (err) {
    // A missing cache is the normal first start; an unusable folder is told once, by checkCacheFolder.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.debug(`Could not read the cache ${path} (${(err as Error).message}).`);
    return '';
  } finally {
    await fh?.close();
  }
}

/** The SHA-256 a head line records for the parts of a cache after it. */
export function digestOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

/** A cache file's text: the head as one JSON line, then the rest. */
export function withHeadLine(head: object, rest: string): string {
  return `${JSON.stringify(head)}\n${rest}`;
}

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
