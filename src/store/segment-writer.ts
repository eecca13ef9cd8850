/**
 * The two hands of a store update (update-store.ts): the reader, which reads
 * report files when the update needs them and records each one's size, time
 * and content hash; and the writer, which builds a segment's index, writes
 * its file and remembers it for the manifest.
 */
import { join } from 'node:path';
import type { Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { log } from '../log.ts';
import { buildSegment } from '../search/build-index.ts';
import { readReports, type RawReport, type statReports } from './read-folder.ts';
import { contentHash, storeCode } from './code-version.ts';
import { type FileEntry, folderTag, type SegmentEntry } from './manifest.ts';
import { type Segment, segmentFileName, writeSegment } from './segment-file.ts';
import type { EngineOptions } from './engine-options.ts';

export type Listed = Awaited<ReturnType<typeof statReports>>;
export type Parsed = { report: Report; facts: ReportFacts };

/** Reads report files as the update needs them, records each one's size, time and content hash, and what was skipped and why. */
export class Reader {
  readonly raw = new Map<string, RawReport>();
  readonly skipped: string[] = [];
  private stats: Map<string, Listed[number]>;

  constructor(
    private dir: string,
    private limit: number,
    listed: Listed,
    readonly now: Map<string, FileEntry>,
  ) {
    this.stats = new Map(listed.map((f) => [f.id, f]));
  }

  async read(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const got = await readReports(this.dir, ids, this.limit);
    this.skipped.push(...got.skipped);
    for (const f of got.files) {
      const st = this.stats.get(f.id) as Listed[number];
      this.raw.set(f.id, f);
      this.now.set(f.id, { id: f.id, size: st.size, mtimeMs: st.mtimeMs, hash: contentHash(f.text, f.spellings) });
    }
  }
}

/** Builds a segment's index, writes its file, and remembers it for the manifest. */
export class SegmentWriter {
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
