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
import type { Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { LIMITS } from '../limits.ts';
import { log } from '../log.ts';
import { buildSegment } from '../search/build-index.ts';
import { readReports, signatureOf, statReports, type RawReport } from './read-folder.ts';
import { cacheSignature, contentHash, storeCode } from './code-version.ts';
import { type FileEntry, folderTag, loadManifest, type Manifest, manifestPath, RACY_MS, saveManifest, type SegmentEntry, unchangedByStat } from './manifest.ts';
import { isSegmentFileOf, readSegment, type Segment, segmentFileName, writeSegment } from './segment-file.ts';
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

type Parsed = { report: Report; facts: ReportFacts };

/** The manifest when it was written by this code for this folder and size limit, else null. */
export async function currentManifest(opts: EngineOptions): Promise<Manifest | null> {
  const m = await loadManifest(manifestPath(opts.cacheDir, opts.corpusDir));
  return m && m.code === storeCode() && m.limit === (opts.maxReportBytes ?? LIMITS.maxReportBytes) ? m : null;
}

/** Does the folder look exactly as when the store was saved (names, sizes, times, code)? Then loading reads no report. */
export async function storeIsCurrent(opts: EngineOptions): Promise<boolean> {
  const m = await currentManifest(opts);
  if (!m) return false;
  const listed = await statReports(opts.corpusDir).catch(() => null);
  return listed !== null && isCurrent(m, listed);
}

/** Does the manifest describe the folder as it is now, by names, sizes and times? (whoever loads without building: the store was just brought up to date) */
export async function signatureMatches(opts: EngineOptions, m: Manifest): Promise<boolean> {
  const listed = await statReports(opts.corpusDir).catch(() => null);
  return listed !== null && cacheSignature(signatureOf(listed, m.limit)) === m.signature;
}

/** The folder's names, sizes and times are the manifest's, and none of its files was modified too shortly before it was saved. */
function isCurrent(m: Manifest, listed: Listed): boolean {
  return cacheSignature(signatureOf(listed, m.limit)) === m.signature && listed.every((f) => f.mtimeMs < m.statAt - RACY_MS);
}

type Listed = Awaited<ReturnType<typeof statReports>>;

export async function updateStore(opts: EngineOptions, keep: 'all' | 'unsaved', distrust: Set<string> = new Set()): Promise<StoreUpdate> {
  const limit = opts.maxReportBytes ?? LIMITS.maxReportBytes;
  const old = await currentManifest(opts);
  let listed: Listed;
  const statAt = Date.now();
  try {
    listed = await statReports(opts.corpusDir);
  } catch (err) {
    throw new Error(`Cannot read the corpus folder "${opts.corpusDir}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const signature = cacheSignature(signatureOf(listed, limit));
  if (old && isCurrent(old, listed) && distrust.size === 0) return { manifest: old, made: new Map(), parsed: 0, written: 0 };

  // Only files whose size or time changed are read; the others keep the hash they were saved with.
  const known = new Map(old?.files.map((f) => [f.id, f]) ?? []);
  const now = new Map<string, FileEntry>();
  const toRead = listed.filter((f) => {
    const k = known.get(f.id);
    if (old && k && unchangedByStat(old, k, f)) now.set(f.id, k);
    return !now.has(f.id);
  });
  const read = await readReports(
    opts.corpusDir,
    toRead.map((f) => f.id),
    limit,
  );
  const raw = new Map(read.files.map((f) => [f.id, f]));
  const stats = new Map(listed.map((f) => [f.id, f]));
  for (const f of read.files) {
    const st = stats.get(f.id) as Listed[number];
    now.set(f.id, { id: f.id, size: st.size, mtimeMs: st.mtimeMs, hash: contentHash(f.text, f.spellings) });
  }
  const ordered = new Map([...now].sort(([a], [b]) => byId(a, b)));
  const plan = planUpdate(old, ordered, opts.segmentPassages ?? LIMITS.segmentPassages, distrust);
  const reuse = await reusable(opts, plan.dirty, distrust, ordered);
  const skipped = [...read.skipped];
  // Reports of rewritten segments that could not be reused (a damaged segment) are read now.
  const unread = plan.pending.filter((id) => !reuse.has(id) && !raw.has(id));
  if (unread.length > 0) {
    const again = await readReports(opts.corpusDir, unread, limit);
    for (const f of again.files) raw.set(f.id, f);
    skipped.push(...again.skipped);
  }
  const pending = plan.pending.filter((id) => reuse.has(id) || raw.has(id));
  const writer = new SegmentWriter(opts, keep);
  const parsed = await fillSegments(pending, ordered, reuse, raw, writer, opts);
  const segments = [...plan.kept, ...writer.entries];
  const inSegments = new Set(segments.flatMap((e) => e.reports));
  const manifest: Manifest = {
    format: 'vn-reports-store',
    code: storeCode(),
    corpusDir: resolve(opts.corpusDir),
    limit,
    signature,
    statAt,
    files: [...ordered.values()].filter((f) => inSegments.has(f.id)),
    skipped,
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
  now: Map<string, FileEntry>,
  reuse: Map<string, Parsed>,
  raw: Map<string, RawReport>,
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
    if (!p && parse && extract) {
      const f = raw.get(id) as RawReport;
      const report = parse.parseReport(f.id, f.text, f.spellings);
      p = { report, facts: extract.extractFacts(report) };
      parsed++;
    }
    raw.delete(id); // the text is in the report now
    if (!p) continue;
    batch.push(p);
    passages += p.report.passages.length;
    if (passages >= segmentPassages) {
      await writer.write(batch, now);
      batch = [];
      passages = 0;
    }
    if (onProgress && ((i + 1) % step === 0 || i + 1 === pending.length)) onProgress(i + 1, pending.length);
  }
  if (batch.length > 0) await writer.write(batch, now);
  return parsed;
}

/** Builds a segment's index, writes its file, and remembers it for the manifest. */
class SegmentWriter {
  readonly entries: SegmentEntry[] = [];
  readonly made = new Map<string, Segment>();
  private failed = false;

  constructor(
    private opts: EngineOptions,
    private keep: 'all' | 'unsaved',
  ) {}

  async write(batch: Parsed[], now: Map<string, FileEntry>): Promise<void> {
    const hashes: Record<string, string> = {};
    for (const p of batch) hashes[p.report.id] = now.get(p.report.id)?.hash ?? '';
    const seg: Segment = {
      reports: batch.map((p) => p.report),
      facts: batch.map((p) => [p.report.id, p.facts]),
      hashes,
      index: buildSegment(batch.flatMap((p) => p.report.passages)),
    };
    const file = segmentFileName(folderTag(this.opts.corpusDir), storeCode(), hashes);
    this.entries.push({ file, reports: batch.map((p) => p.report.id), passages: seg.index.refs.length });
    let saved = false;
    if (this.opts.cacheWritable !== false && !this.failed) {
      try {
        await writeSegment(join(this.opts.cacheDir, file), storeCode(), seg);
        saved = true;
      } catch (err) {
        // Said once per update (a full disk fails every segment after): answers are not affected, the next start builds again.
        this.failed = true;
        log.warn(`Could not save the index store in ${this.opts.cacheDir} (${(err as Error).message}); answering from memory.`);
      }
    }
    if (!saved || this.keep === 'all') this.made.set(file, seg);
  }
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
