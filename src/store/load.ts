/**
 * Loading a corpus folder: read, parse and extract every report (or take
 * them from the facts cache when the folder is unchanged), then load the
 * search index from its cache or build and save it.
 */
import type { SearchIndex } from '../search/search-index.ts';
import type { Passage, Report } from '../model/report.ts';
import type { ReportFacts } from '../model/facts.ts';
import { folderSignature, readCorpusFolder, type RawReport, type ReadResult } from './read-folder.ts';
import type { ProgressFn } from '../search/build-index.ts';
import { cachePath, cacheSignature, corpusKey, keyForSignature, loadCachedIndex, rememberSignature, saveIndex } from './index-cache.ts';
import { factsCachePath, loadCachedFacts, saveFacts } from './facts-cache.ts';
import { log } from '../log.ts';

export interface EngineOptions {
  corpusDir: string;
  cacheDir: string;
  /** progress of an index build */
  onProgress?: ProgressFn;
  /** fail instead of building when there is no valid cache (a shard, the answer thread: whoever started them builds) */
  requireCache?: boolean;
  /** report files larger than this are skipped with a warning (default LIMITS.maxReportBytes) */
  maxReportBytes?: number;
  /** false: the cache folder cannot be written (checkCacheFolder has said so once): do not try to save */
  cacheWritable?: boolean;
}

/** Everything a corpus holds but its search index: what the facts cache stores, and what a build worker sends back. */
export interface CorpusParts {
  reports: Report[];
  facts: Map<string, ReportFacts>;
  skipped: string[];
  /** where the index is cached, and the content key it is saved under */
  cachePath: string;
  key: string;
  /** the folder signature (names, sizes, times, code version) the caches are saved with */
  signature: string | null;
  /** the fast path found them: the signature file already maps this signature to this key, nothing to remember anew */
  remembered: boolean;
}

export interface Corpus extends Omit<CorpusParts, 'signature' | 'remembered'> {
  passages: Map<string, Passage>;
  index: SearchIndex;
  cache: 'hit' | 'built';
}

/** Passages by id, in report order. */
export function passagesOf(reports: Report[]): Map<string, Passage> {
  const passages = new Map<string, Passage>();
  for (const r of reports) for (const p of r.passages) passages.set(p.id, p);
  return passages;
}

/**
 * The parser and the extractors are loaded only when a file must be parsed:
 * a start over valid caches never runs them, and under tsx every module
 * loaded costs start-up time.
 */
async function parseFiles(files: RawReport[]): Promise<{ reports: Report[]; facts: Map<string, ReportFacts> }> {
  const [{ parseReport }, { extractFacts }] = await Promise.all([import('../corpus/parse.ts'), import('../facts/extract.ts')]);
  const reports = files.map((f) => parseReport(f.id, f.text, f.spellings));
  return { reports, facts: new Map(reports.map((r) => [r.id, extractFacts(r)])) };
}

/** Reports and facts: from the facts cache when the folder (or its content) is unchanged, else read and parsed. */
export async function loadParts(opts: EngineOptions, alreadyRead?: ReadResult): Promise<CorpusParts> {
  const path = cachePath(opts.cacheDir, opts.corpusDir);
  const factsPath = factsCachePath(opts.cacheDir, opts.corpusDir);
  const signature = cacheSignature(await folderSignature(opts.corpusDir, opts.maxReportBytes));
  // Fast path: the folder looks exactly as when both caches were saved, so nothing needs reading.
  const known = alreadyRead ? null : await keyForSignature(path, factsPath, signature);
  const fast = known ? await loadCachedFacts(factsPath, known.key) : null;
  let parts: CorpusParts;
  if (fast && known) parts = { reports: fast.reports, facts: fast.facts, skipped: known.skipped, cachePath: path, key: known.key, signature, remembered: true };
  else {
    const read = alreadyRead ?? (await readCorpusFolder(opts.corpusDir, opts.maxReportBytes));
    const key = corpusKey(read.files);
    const cachedFacts = await loadCachedFacts(factsPath, key);
    const { reports, facts } = cachedFacts ?? (await parseFiles(read.files));
    parts = { reports, facts, skipped: read.skipped, cachePath: path, key, signature, remembered: false };
    // The same content under new file times needs no new facts cache: only the signature is remembered anew (rememberSignature).
    if (!cachedFacts && opts.cacheWritable !== false)
      await saveFacts(factsPath, key, reports, facts, signature, read.skipped).catch((err: Error) =>
        log.warn(`Could not save the parsed reports to ${factsPath} (${err.message}).`),
      );
  }
  return parts;
}

/** Build the index for parts whose cache is missing or stale, and save it; `saved` says whether the save worked. */
export async function buildAndSave(parts: CorpusParts, passages: Map<string, Passage>, opts: EngineOptions): Promise<{ index: SearchIndex; saved: boolean }> {
  const { buildIndex } = await import('../search/build-index.ts'); // only a build needs it (see parseFiles)
  const started = Date.now();
  const index = buildIndex([...passages.values()], opts.onProgress);
  log.info(`Built the search index in ${Date.now() - started} ms.`);
  if (opts.cacheWritable === false) return { index, saved: false };
  try {
    await saveIndex(parts.cachePath, parts.key, opts.corpusDir, index, parts.signature);
    return { index, saved: true };
  } catch (err) {
    log.warn(`Could not save the index cache to ${parts.cachePath} (${(err as Error).message}); answers are not affected.`);
    return { index, saved: false };
  }
}

const warned = new Set<string>();

/**
 * Say what was left out, and an empty corpus, once: not again at every
 * rebuild while the same file stays as it is. Called on the main thread (a
 * build worker's parts come back to it), so the once holds across rebuilds.
 */
export function reportSkipped(parts: Pick<CorpusParts, 'reports' | 'skipped'>, corpusDir: string): void {
  for (const s of parts.skipped) {
    if (warned.has(s)) continue;
    warned.add(s);
    log.warn(s);
  }
  if (parts.reports.length === 0)
    log.warn(`The corpus folder ${corpusDir} holds no readable reports (.txt or .md files): every question will be answered "not found".`);
}

/** Read, parse, extract and index a corpus folder; bad files are skipped with a warning. */
export async function loadCorpus(opts: EngineOptions, alreadyRead?: ReadResult): Promise<Corpus> {
  const all = await loadParts(opts, alreadyRead);
  reportSkipped(all, opts.corpusDir);
  const { signature: _signature, remembered: _remembered, ...parts } = all;
  const passages = passagesOf(parts.reports);
  const path = parts.cachePath;
  const cached = await loadCachedIndex(path, parts.key);
  if (cached.status === 'hit') {
    if (!all.remembered && opts.cacheWritable !== false) await rememberSignature(path, all.signature, parts.key, parts.skipped);
    log.info(`Loaded the search index from ${path} (${passages.size} passages in ${parts.reports.length} reports).`);
    return { ...parts, passages, index: cached.index, cache: 'hit' };
  }
  if (opts.requireCache) throw new Error(`no valid index cache at ${path} (${cached.status})`);
  if (cached.status === 'corrupt') log.warn(`The index cache ${path} is unusable (${cached.reason}); rebuilding it.`);
  else if (cached.status === 'stale') log.info('The corpus or the pipeline changed since the index was cached; rebuilding it.');
  else log.info(`No index cache yet; building one for ${passages.size} passages in ${parts.reports.length} reports.`);
  const { index, saved } = await buildAndSave(all, passages, opts);
  if (saved) await rememberSignature(path, all.signature, parts.key, parts.skipped);
  return { ...parts, passages, index, cache: 'built' };
}
