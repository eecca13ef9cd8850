/**
 * One segment of the store on disk: a few hundred reports' parsed text, their
 * facts and the Lunr segment over their passages, in one file. The file is a
 * JSON head line (format, code version, the lengths of the three parts and
 * their CRC-32), then the reports and facts as JSON, the index
 * terms and refs as JSON, and the index's binary part. Its name hashes the
 * code version and its reports' ids and content hashes: the same reports
 * under the same code give the same file, which is why a rebuild can keep it.
 *
 * Files are written whole under a temporary name and renamed (never a half
 * file under the real name), and read only when the digest matches: one
 * flipped byte and the segment is rebuilt from its reports.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { IndexSegment, type SearchIndexMeta } from '../search/index-segment.ts';
import { crc32 } from 'node:zlib';
import { splitHeadLine, writeAtomically } from './cache-files.ts';
import { internSegment } from './intern.ts';
import { readIntoScratch, releaseScratch } from './scratch.ts';

const SegmentHead = z.object({
  format: z.literal('vn-reports-segment'),
  code: z.string(),
  reportsBytes: z.number().int().nonnegative(),
  metaBytes: z.number().int().nonnegative(),
  binBytes: z.number().int().nonnegative(),
  /** CRC-32 of the three parts: catches a flipped byte or a cut anywhere, at a sixth of SHA-256's time (the store guards against damage, not against someone who can write the cache folder) */
  crc: z.number().int().nonnegative(),
});
const IndexMeta = z.object({ terms: z.string(), refs: z.array(z.string()), pipeline: z.array(z.string()) });

/** A segment's reports, each with the content hash of the file it was read from and its facts. */
export interface SegmentReports {
  reports: Report[];
  facts: [string, ReportFacts][];
  /** report id → content hash (store/plan.ts) */
  hashes: Record<string, string>;
}

export interface Segment extends SegmentReports {
  index: IndexSegment;
}

/** The file name a segment of these reports gets under this code: `seg-<folder>-<hash>.bin`. */
export function segmentFileName(folderTag: string, code: string, hashes: Record<string, string>): string {
  const h = createHash('sha256').update(`${code}\n`);
  for (const id of Object.keys(hashes).sort()) h.update(`${id}\0${hashes[id]}\n`);
  return `seg-${folderTag}-${h.digest('hex').slice(0, 24)}.bin`;
}

export function isSegmentFileOf(name: string, folderTag: string): boolean {
  return new RegExp(`^seg-${folderTag}-[0-9a-f]{24}\\.bin$`).test(name);
}

export async function writeSegment(path: string, code: string, s: Segment): Promise<void> {
  const reports = Buffer.from(JSON.stringify({ reports: s.reports, facts: s.facts, hashes: s.hashes } satisfies SegmentReports));
  const { meta, bin } = s.index.serialize();
  const metaBytes = Buffer.from(JSON.stringify(meta));
  const head: z.infer<typeof SegmentHead> = {
    format: 'vn-reports-segment',
    code,
    reportsBytes: reports.length,
    metaBytes: metaBytes.length,
    binBytes: bin.byteLength,
    crc: crcOf(reports, metaBytes, bin),
  };
  await writeAtomically(path, Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), reports, metaBytes, bin]));
}

/** Read a segment written by this code; throws, saying why, when it is missing, of other code, cut short or altered. */
export async function readSegment(path: string, code: string): Promise<Segment> {
  const { bytes, buffer } = await readIntoScratch(path);
  try {
    return parseSegment(bytes, code);
  } finally {
    releaseScratch(buffer); // nothing below keeps a view of it: text is decoded, the index arrays copied
  }
}

function parseSegment(raw: Buffer, code: string): Segment {
  const { head: headLine, rest } = splitHeadLine(raw);
  const parsed = SegmentHead.safeParse(jsonOrThrow(headLine));
  if (!parsed.success) throw new Error('it is not a segment this program writes');
  const head = parsed.data;
  if (head.code !== code) throw new Error('it was written by other code');
  if (!rest || rest.length !== head.reportsBytes + head.metaBytes + head.binBytes) throw new Error('it is cut short or has bytes added');
  const reports = rest.subarray(0, head.reportsBytes);
  const meta = rest.subarray(head.reportsBytes, head.reportsBytes + head.metaBytes);
  const bin = rest.subarray(head.reportsBytes + head.metaBytes);
  if (crcOf(reports, meta, bin) !== head.crc) throw new Error('its contents are not what was written');
  // The digest says these bytes are what this code wrote: the reports' shape is the model's (a test checks it with cache-schema.ts).
  const body = JSON.parse(reports.toString('utf8')) as SegmentReports;
  internSegment(body);
  const index = IndexSegment.deserialize(IndexMeta.parse(JSON.parse(meta.toString('utf8'))) as SearchIndexMeta, new Uint8Array(bin));
  return { ...body, index };
}

function crcOf(...parts: Uint8Array[]): number {
  let crc = 0;
  for (const p of parts) crc = crc32(p, crc);
  return crc;
}

function jsonOrThrow(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('its head is not complete JSON');
  }
}
