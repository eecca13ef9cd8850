/**
 * Loading a corpus folder: bring its index store up to date (update-store.ts:
 * only what changed is read, parsed and indexed), then put the store's
 * segments together into the corpus the engine answers from.
 */
import { join } from 'node:path';
import { SearchIndex } from '../search/search-index.ts';
import type { Passage, Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import type { EngineOptions } from './engine-options.ts';
import { contentKey, folderTag, type Manifest, manifestPath } from './manifest.ts';
import { readSegment, type Segment } from './segment-file.ts';
import { dropScratch } from './scratch.ts';
import { currentManifest, readableManifestOfOtherCode, signatureMatches, type StoreLook, updateStore, type StoreUpdate } from './update-store.ts';
import { byId } from './plan.ts';
import { log } from '../log.ts';

export type { EngineOptions } from './engine-options.ts';

export interface Corpus {
  reports: Report[];
  facts: Map<string, ReportFacts>;
  passages: Map<string, Passage>;
  index: SearchIndex;
  /** one plain sentence per report file left out */
  skipped: string[];
  /** the store's manifest, and a key of the content it holds (code, every report's id and hash) */
  cachePath: string;
  key: string;
  /** 'hit': nothing had to be parsed or indexed; 'stale': a store of other code, served until it is rebuilt */
  cache: 'hit' | 'built' | 'stale';
  /** what the update that made it did, when it ran in a worker: time end to end, reports parsed, segments written, the worker's peak heap */
  build?: { ms: number; parsed: number; written: number; peakHeapMB: number };
}

/** Passages by id, in report order. */
export function passagesOf(reports: Report[]): Map<string, Passage> {
  const passages = new Map<string, Passage>();
  for (const r of reports) for (const p of r.passages) passages.set(p.id, p);
  return passages;
}

/** A segment the manifest names that cannot be read: the store is brought up to date without trusting it. */
export class DamagedSegment extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`the index segment ${file} is unusable (${reason})`);
  }
}

/**
 * Segments already read, by folder and file: a rebuild that rewrote one
 * segment reads that one only. Only the segments of each folder's latest
 * manifest are kept.
 */
const READ = new Map<string, Map<string, Segment>>();
/** Segment files read at once. */
const SEGMENTS_IN_FLIGHT = 3;

/** Forget the segments read (a test that damages a segment file on disk: a new process would read it). */
export function forgetReadSegments(): void {
  READ.clear();
}

/** The corpus a manifest describes, from segments just made, already read, or read now. */
export async function assemble(opts: EngineOptions, manifest: Manifest, made: Map<string, Segment>, cache: Corpus['cache']): Promise<Corpus> {
  const tag = folderTag(opts.corpusDir);
  const before = READ.get(tag) ?? new Map<string, Segment>();
  const segments = new Map<string, Segment>();
  // A few files in flight at once: reading one while the one before is parsed.
  const pending = manifest.segments.filter((e) => !made.has(e.file) && !before.has(e.file));
  const read = new Map<string, Promise<Segment>>();
  const start = (i: number) => {
    const e = pending[i];
    if (e) read.set(e.file, readSegment(join(opts.cacheDir, e.file), manifest.code));
  };
  for (let i = 0; i < SEGMENTS_IN_FLIGHT; i++) start(i);
  let next = SEGMENTS_IN_FLIGHT;
  for (const e of manifest.segments) {
    let seg = made.get(e.file) ?? before.get(e.file);
    if (!seg) {
      try {
        seg = await (read.get(e.file) as Promise<Segment>);
      } catch (err) {
        for (const p of read.values()) p.catch(() => undefined); // the others are not waited for
        throw new DamagedSegment(e.file, (err as Error).message);
      }
      start(next++);
    }
    segments.set(e.file, seg);
  }
  READ.set(tag, segments);
  dropScratch();
  const all = [...segments.values()];
  const reports = all.flatMap((s) => s.reports).sort((a, b) => byId(a.id, b.id));
  return {
    reports,
    facts: new Map(all.flatMap((s) => s.facts)),
    passages: passagesOf(reports),
    index: new SearchIndex(all.map((s) => s.index)),
    skipped: manifest.skipped,
    cachePath: manifestPath(opts.cacheDir, opts.corpusDir),
    key: contentKey(manifest),
    cache,
  };
}

const warned = new Set<string>();

/**
 * Say what was left out, and an empty corpus, once: not again at every
 * rebuild while the same file stays as it is. Called on the main thread (a
 * build worker's result comes back to it), so the once holds across rebuilds.
 */
export function reportSkipped(parts: Pick<Corpus, 'reports' | 'skipped'>, corpusDir: string): void {
  for (const s of parts.skipped) {
    if (warned.has(s)) continue;
    warned.add(s);
    log.warn(s);
  }
  if (parts.reports.length === 0)
    log.warn(`The corpus folder ${corpusDir} holds no readable reports (.txt or .md files): every question will be answered "not found".`);
}

/** What any update hands back for the corpus to be put together from. */
type Updated = Pick<StoreUpdate, 'manifest' | 'made' | 'parsed' | 'written'>;

/**
 * Update (here or in a worker), then put the corpus together; a segment found
 * damaged on the way is rebuilt by a second update that does not trust it.
 * Both ways of loading go through here, and say the same once done.
 */
export async function updateAndAssemble<U extends Updated>(
  opts: EngineOptions,
  update: (distrust: Set<string>) => Promise<U>,
): Promise<{ corpus: Corpus; u: U }> {
  const started = Date.now();
  let u = await update(new Set());
  let corpus: Corpus;
  try {
    corpus = await assemble(opts, u.manifest, u.made, u.parsed + u.written > 0 ? 'built' : 'hit');
  } catch (err) {
    if (!(err instanceof DamagedSegment)) throw err;
    log.warn(`${err.message}; rebuilding it.`);
    u = await update(new Set([err.file]));
    corpus = await assemble(opts, u.manifest, u.made, 'built');
  }
  if (corpus.cache === 'built')
    log.info(
      `Index store updated in ${Date.now() - started} ms: ${u.parsed} report(s) parsed, ${u.written} segment(s) written, ${u.manifest.segments.length - u.written} kept.`,
    );
  reportSkipped(corpus, opts.corpusDir);
  return { corpus, u };
}

/** Bring the store up to date here, on this thread, and load the corpus; bad files are skipped with a warning. */
export async function loadCorpus(opts: EngineOptions, look?: StoreLook): Promise<Corpus> {
  if (opts.requireCache) {
    const m = await currentManifest(opts);
    if (!m) throw new Error(`no index store of this program at ${manifestPath(opts.cacheDir, opts.corpusDir)}`);
    // Saved for another state of the folder (the store could not be written, or the folder changed since): not this corpus.
    if (!(await signatureMatches(opts, m)))
      throw new Error(`the index store at ${manifestPath(opts.cacheDir, opts.corpusDir)} is not of the corpus folder as it is now`);
    return assemble(opts, m, new Map(), 'hit');
  }
  const { corpus } = await updateAndAssemble(opts, (distrust) => updateStore(opts, 'all', distrust, distrust.size ? undefined : look));
  if (corpus.cache === 'hit') log.info(`Loaded the index store ${corpus.cachePath} (${corpus.passages.size} passages in ${corpus.reports.length} reports).`);
  return corpus;
}

/**
 * After an upgrade: the store other code saved, when this code can read it, served as it is (its facts may be
 * stale) while the caller rebuilds it in the background; null when there is none, or it cannot be read.
 */
export async function loadStaleCorpus(opts: EngineOptions): Promise<Corpus | null> {
  const m = await readableManifestOfOtherCode(opts).catch(() => null);
  if (!m) return null;
  try {
    const corpus = await assemble(opts, m, new Map(), 'stale');
    log.info(`Serving the index store of the previous version (${corpus.reports.length} reports) while it is rebuilt for this one.`);
    reportSkipped(corpus, opts.corpusDir);
    return corpus;
  } catch (err) {
    log.warn(`The previous version's index store could not be read (${(err as Error).message}); building it anew before serving.`);
    return null;
  }
}
