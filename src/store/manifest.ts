/**
 * The store's table of contents for one corpus folder (`store-<folder>.json`
 * in the cache folder): which code wrote it, the folder's signature when it
 * was saved (names, sizes, times: a start whose folder still looks so reads
 * no report file), every report file read with its size, time and content
 * hash (a changed folder re-reads only the files whose size or time changed),
 * the files skipped and why, and the segments, each with its reports.
 *
 * Written atomically after every segment it names; anything that does not
 * parse or validate is a missing manifest (the reports are read again),
 * never trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from './cache-files.ts';
import { log } from '../log.ts';

const FileEntry = z.object({ id: z.string(), size: z.number(), mtimeMs: z.number(), hash: z.string() });
const SegmentEntry = z.object({ file: z.string(), reports: z.array(z.string()), passages: z.number().int().nonnegative() });
const ManifestSchema = z.object({
  format: z.literal('vn-reports-store'),
  code: z.string(),
  /** the store format it was written in (code-version.ts formatVersion): other code of the same format can read it */
  readable: z.string().optional(),
  corpusDir: z.string(),
  /** the report size limit the files were read under: another limit, another corpus */
  limit: z.number(),
  signature: z.string().nullable(),
  /** when the files were looked at (ms): a file whose time is this close to it may change again within the same tick of the file system's clock */
  statAt: z.number(),
  files: z.array(FileEntry),
  skipped: z.array(z.string()),
  segments: z.array(SegmentEntry),
  savedAt: z.string(),
});

export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * A file modified this shortly before it was looked at is not trusted by its
 * size and time alone ("racy" in git's words): file system clocks tick
 * coarsely, so a second change within the same tick keeps both. Such a file
 * is read again at the next update.
 */
export const RACY_MS = 2000;

/** May a file with this size and time be taken to be the one the manifest recorded, without reading it? */
export function unchangedByStat(m: Manifest, known: FileEntry | undefined, now: { size: number; mtimeMs: number }): boolean {
  return known !== undefined && known.size === now.size && known.mtimeMs === now.mtimeMs && now.mtimeMs < m.statAt - RACY_MS;
}
export type FileEntry = z.infer<typeof FileEntry>;
export type SegmentEntry = z.infer<typeof SegmentEntry>;

/** Different corpus folders get different store files: this tag names them. */
export function folderTag(corpusDir: string): string {
  return createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
}

export function manifestPath(cacheDir: string, corpusDir: string): string {
  return join(cacheDir, `store-${folderTag(corpusDir)}.json`);
}

/** The manifest, or null when there is none or it is unusable (said at debug level: the store is then rebuilt, which says more). */
export async function loadManifest(path: string): Promise<Manifest | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return ManifestSchema.parse(JSON.parse(text));
  } catch (err) {
    log.warn(
      `The index store's table of contents ${path} is unusable (${err instanceof SyntaxError ? 'it is not complete JSON' : 'it is not one this program writes'}); reading the reports again.`,
    );
    return null;
  }
}

export async function saveManifest(path: string, m: Manifest): Promise<void> {
  await writeAtomically(path, JSON.stringify(m));
}

/** A content key for the corpus a manifest describes: its code and every report's id and hash. */
export function contentKey(m: Pick<Manifest, 'code' | 'files'>): string {
  const h = createHash('sha256').update(`${m.code}\n`);
  for (const f of m.files) h.update(`${f.id}\0${f.hash}\n`);
  return h.digest('hex');
}
