/**
 * Bringing the index store up to date with the corpus folder: only reports
 * whose size or time changed are read, only segments holding a changed or
 * removed report are rewritten (their unchanged reports' parsed text taken
 * from the old segment, not parsed again), new reports go into new segments,
 * and one segment's index is built and written at a time, so that a build
 * holds one segment in memory however large the corpus. Then the manifest
 * is written, and the segment files it no longer names are removed.
 */
import { join, resolve } from 'node:path';
import { readdir, unlink } from 'node:fs/promises';
import { LIMITS } from '../limits.ts';
import { log } from '../log.ts';
import { READ_AHEAD, signatureOf, statReports } from './read-folder.ts';
import { cacheSignature, formatVersion, storeCode } from './code-version.ts';
import { type FileEntry, folderTag, loadManifest, type Manifest, manifestPath, RACY_MS, saveManifest, type SegmentEntry, unchangedByStat } from './manifest.ts';
import { isSegmentFileOf, readSegment, type Segment } from './segment-file.ts';
import { type Listed, type Parsed, Reader, SegmentWriter } from './segment-writer.ts';
import { byId, planUpdate } from './plan.ts';
import type { EngineOptions } from './engine-options.ts';

export interface StoreUpdate {
  manifest: Manifest;
  /** segments this update made, by file name: all of them (keep 'all') or those that could not be saved */
  made: Map<string, Segment>;
  /** reports parsed anew and segments written: both 0 when the store was already current */
  parsed: number;
  written: number;
}

/** The folder's manifest when it was saved under this size limit (another limit, another corpus) and `fits` it, else null. */
async function manifestWhere(opts: EngineOptions, fits: (m: Manifest) => boolean): Promise<Manifest | null> {
  const m = await loadManifest(manifestPath(opts.cacheDir, opts.corpusDir));
  return m && m.limit === (opts.maxReportBytes ?? LIMITS.maxReportBytes) && fits(m) ? m : null;
}

/** The manifest when it was written by this code for this folder and size limit, else null. */
export function currentManifest(opts: EngineOptions): Promise<Manifest | null> {
  return manifestWhere(opts, (m) => m.code === storeCode());
}

/** The manifest when other code wrote it in this code's store format, for this folder and size limit: a store to serve while it is rebuilt. */
export function readableManifestOfOtherCode(opts: EngineOptions): Promise<Manifest | null> {
  return manifestWhere(opts, (m) => m.code !== storeCode() && m.readable === formatVersion());
}

/** The store's manifest and the folder as they are now: what a start decides on, handed to the update so that it does not look again. */
export interface StoreLook {
  manifest: Manifest | null;
  listed: Listed;
  /** when the folder was listed */
  statAt: number;
  /** the folder looks exactly as when the store was saved (names, sizes, times, code): loading reads no report */
  current: boolean;
}

export async function lookAtStore(opts: EngineOptions): Promise<StoreLook> {
  const manifest = await currentManifest(opts);
  const statAt = Date.now();
  let listed: Listed;
  try {
    listed = await statReports(opts.corpusDir);
  } catch (err) {
    throw new Error(`Cannot read the corpus folder "${opts.corpusDir}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return { manifest, listed, statAt, current: manifest !== null && isCurrent(manifest, listed) };
}

/** Does the folder look exactly as when the store was saved? */
export async function storeIsCurrent(opts: EngineOptions): Promise<boolean> {
  return (await lookAtStore(opts).catch(() => null))?.current ?? false;
}

/** Does the manifest describe the folder as it is now, by names, sizes and times? (whoever loads without building: the store was just brought up to date) */
export async function signatureMatches(opts: EngineOptions, m: Manifest): Promise<boolean> {
  const listed = await statReports(opts.corpusDir).catch(() => null);
  return listed !== null && sameSignature(m, listed);
}

function sameSignature(m: Manifest, listed: Listed): boolean {
  return cacheSignature(signatureOf(listed, m.limit)) === m.signature;
}

/** The folder's names, sizes and times are the manifest's, and none of its files was modified too shortly before it was saved. */
function isCurrent(m: Manifest, listed: Listed): boolean {
  return sameSignature(m, listed) && listed.every((f) => f.mtimeMs < m.statAt - RACY_MS);
}

/** Bring the store up to date; `look` is the start's own look at it, taken just before (none: look now). */
export async function updateStore(opts: EngineOptions, keep: 'all' | 'unsaved', distrust: Set<string> = new Set(), look?: StoreLook): Promise<StoreUpdate> {
  const limit = opts.maxReportBytes ?? LIMITS.maxReportBytes;
  const { manifest: old, listed, statAt } = look ?? (await lookAtStore(opts));
  const signature = cacheSignature(signatureOf(listed, limit));
  if (old && isCurrent(old, listed) && distrust.size === 0) return { manifest: old, made: new Map(), parsed: 0, written: 0 };

  // Only files whose size or time changed are read; the others keep the hash they were saved with. Without a
  // manifest every file is new: each is read when its segment is filled, so that a first build never holds the corpus's text.
  const known = new Map(old?.files.map((f) => [f.id, f]) ?? []);
  const now = new Map<string, FileEntry>();
  const toRead = old
    ? listed.filter((f) => {
        const k = known.get(f.id);
        if (k && unchangedByStat(old, k, f)) now.set(f.id, k);
        return !now.has(f.id);
      })
    : [];
  const reader = new Reader(opts.corpusDir, limit, listed, now);
  await reader.read(toRead.map((f) => f.id));
  const plan = old
    ? planUpdate(old, new Map([...now].sort(([x], [y]) => byId(x, y))), opts.segmentPassages ?? LIMITS.segmentPassages, distrust)
    : { kept: [], dirty: [], pending: listed.map((f) => f.id).sort(byId) };
  const reuse = await reusable(opts, plan.dirty, distrust, now);
  const writer = new SegmentWriter(opts, keep);
  const parsed = await fillSegments(plan.pending, reuse, reader, writer, opts);
  const segments = [...plan.kept, ...writer.entries];
  const inSegments = new Set(segments.flatMap((e) => e.reports));
  const manifest: Manifest = {
    format: 'vn-reports-store',
    code: storeCode(),
    readable: formatVersion(),
    corpusDir: resolve(opts.corpusDir),
    limit,
    signature,
    statAt,
    files: [...now.values()].filter((f) => inSegments.has(f.id)).sort((x, y) => byId(x.id, y.id)),
    skipped: reader.skipped,
    segments,
    savedAt: new Date().toISOString(),
  };
  await saveAndTidy(opts, manifest);
  return { manifest, made: writer.made, parsed, written: writer.entries.length };
}

/** The parsed reports of the segments being rewritten whose files have not changed. */
async function reusable(opts: EngineOptions, dirty: SegmentEntry[], distrust: Set<string>, now: Map<string, FileEntry>): Promise<Map<string, Parsed>> {
  const out = new Map<string, Parsed>();
  for (const s of dirty) {
    if (distrust.has(s.file)) continue;
    try {
      const seg = await readSegment(join(opts.cacheDir, s.file), storeCode());
      const facts = new Map(seg.facts);
      for (const report of seg.reports) {
        const f = facts.get(report.id);
        if (f && seg.hashes[report.id] === now.get(report.id)?.hash) out.set(report.id, { report, facts: f });
      }
    } catch (err) {
      log.debug(`The segment ${s.file} could not be reused (${(err as Error).message}); its reports are parsed again.`);
    }
  }
  return out;
}

/**
 * Parse (or reuse) the pending reports in order and cut them into segments
 * of about LIMITS.segmentPassages passages, each built, written and let go
 * before the next: a build's memory is one segment's, not the corpus's.
 */
async function fillSegments(
  pending: string[],
  reuse: Map<string, Parsed>,
  reader: Reader,
  writer: SegmentWriter,
  { segmentPassages = LIMITS.segmentPassages, onProgress }: Pick<EngineOptions, 'segmentPassages' | 'onProgress'>,
): Promise<number> {
  // The parser and the extractors are loaded only when a file must be parsed: a start over a current store never runs them.
  const needParse = pending.some((id) => !reuse.has(id));
  const [parse, extract] = needParse ? await Promise.all([import('../corpus/parse.ts'), import('../facts/extract.ts')]) : [null, null];
  let batch: Parsed[] = [];
  let passages = 0;
  let parsed = 0;
  const step = Math.max(1, Math.floor(pending.length / 100));
  for (let i = 0; i < pending.length; i++) {
    const id = pending[i];
    let p = reuse.get(id);
    // Files not read yet are read a few dozen ahead, in the order they are parsed.
    if (!p && !reader.raw.has(id)) await reader.read(pending.slice(i, i + READ_AHEAD).filter((x) => !reuse.has(x) && !reader.raw.has(x)));
    const f = reader.raw.get(id);
    if (!p && f && parse && extract) {
      const report = parse.parseReport(f.id, f.text, f.spellings);
      p = { report, facts: extract.extractFacts(report) };
      parsed++;
    }
    reader.raw.delete(id); // the text is in the report now
    if (p) {
      batch.push(p);
      passages += p.report.passages.length;
    }
    if (passages >= segmentPassages) {
      await writer.write(batch, reader.now);
      batch = [];
      passages = 0;
    }
    if (onProgress && ((i + 1) % step === 0 || i + 1 === pending.length)) onProgress(i + 1, pending.length);
  }
  if (batch.length > 0) await writer.write(batch, reader.now);
  return parsed;
}

/** Save the manifest, then remove the segment files (and caches of earlier versions) of this folder it does not name. */
async function saveAndTidy(opts: EngineOptions, manifest: Manifest): Promise<void> {
  if (opts.cacheWritable === false) return;
  try {
    await saveManifest(manifestPath(opts.cacheDir, opts.corpusDir), manifest);
  } catch (err) {
    log.warn(`Could not save the index store's table of contents in ${opts.cacheDir} (${(err as Error).message}); the next start builds again.`);
    return;
  }
  const tag = folderTag(opts.corpusDir);
  const named = new Set(manifest.segments.map((s) => s.file));
  const earlier = new RegExp(`^(index|facts|signature)-${tag}(\\.[0-9a-f]+\\.bin|\\.json)$`);
  for (const f of await readdir(opts.cacheDir).catch(() => [] as string[])) {
    if ((isSegmentFileOf(f, tag) && !named.has(f)) || earlier.test(f))
      await unlink(join(opts.cacheDir, f)).catch((err: Error) => log.debug(`Could not remove the old store file ${f} (${err.message}).`));
  }
}
