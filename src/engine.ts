/**
 * The answer engine: corpus folder → reports, passages, facts and a Lunr
 * index (cached on disk) → answers. Knows nothing about Discord.
 */
import type { SearchIndex } from './search/search-index.ts';
import type { Passage, Report, ReportFacts } from './types.ts';
import { folderSignature, readCorpusFolder, type ReadResult } from './corpus/read.ts';
import { parseReport } from './corpus/parse.ts';
import { extractFacts } from './facts/extract.ts';
import { buildIndex, type ProgressFn } from './search/build-index.ts';
import { cachePath, cacheKeyMatches, cacheSignature, corpusKey, factsCachePath, keyForSignature, loadCachedFacts, loadCachedIndex, saveFacts, saveIndex } from './search/index-cache.ts';
import { loadCorpusInWorker } from './search/build-in-worker.ts';
import { answerQuestion, summarizeReport, type AskOptions, type DetailedAnswer } from './answer/answer.ts';
import { log } from './log.ts';

export interface EngineOptions {
  corpusDir: string;
  cacheDir: string;
  /** progress of an index build */
  onProgress?: ProgressFn;
  /** leave the index out when the cache is valid (the worker: the main thread loads it) */
  skipIndexOnHit?: boolean;
  /** fail instead of building when there is no valid cache (shards: the manager builds) */
  requireCache?: boolean;
}

export interface Corpus {
  reports: Report[];
  facts: Map<string, ReportFacts>;
  passages: Map<string, Passage>;
  index: SearchIndex;
  skipped: string[];
  cache: 'hit' | 'built';
  /** where the index is cached, and the content key it was saved under */
  cachePath: string;
  key: string;
}

/** Read, parse, extract and index a corpus folder; bad files are skipped with a warning. */
export async function loadCorpus(opts: EngineOptions, alreadyRead?: ReadResult): Promise<Corpus> {
  const path = cachePath(opts.cacheDir, opts.corpusDir);
  const factsPath = factsCachePath(opts.cacheDir, opts.corpusDir);
  const signature = cacheSignature(await folderSignature(opts.corpusDir));
  // Fast path: the folder looks exactly as when both caches were saved, so nothing needs reading.
  const knownKey = alreadyRead ? null : await keyForSignature(path, factsPath, signature);
  const fast = knownKey ? await loadCachedFacts(factsPath, knownKey) : null;
  let key: string;
  let reports: Report[];
  let facts: Map<string, ReportFacts>;
  let skipped: string[];
  if (fast && knownKey) {
    key = knownKey;
    ({ reports, facts, skipped } = fast);
  } else {
    const read = alreadyRead ?? (await readCorpusFolder(opts.corpusDir));
    skipped = read.skipped;
    key = corpusKey(read.files);
    const cachedFacts = await loadCachedFacts(factsPath, key);
    reports = cachedFacts?.reports ?? read.files.map((f) => parseReport(f.id, f.text, f.spellings));
    facts = cachedFacts?.facts ?? new Map(reports.map((r) => [r.id, extractFacts(r)]));
    await saveFacts(factsPath, key, reports, facts, signature, skipped).catch((err: Error) =>
      log.warn(`Could not save the parsed reports to ${factsPath} (${err.message}).`),
    );
  }
  for (const s of skipped) log.warn(s);
  const passages = new Map<string, Passage>();
  for (const r of reports) for (const p of r.passages) passages.set(p.id, p);

  if (opts.skipIndexOnHit && (await cacheKeyMatches(path, key))) {
    return { reports, facts, passages, index: null as unknown as SearchIndex, skipped, cache: 'hit', cachePath: path, key };
  }
  const cached = await loadCachedIndex(path, key);
  if (cached.status === 'hit') {
    log.info(`Loaded the search index from ${path} (${passages.size} passages in ${reports.length} reports).`);
    return { reports, facts, passages, index: cached.index, skipped, cache: 'hit', cachePath: path, key };
  }
  if (opts.requireCache) throw new Error(`No valid index cache at ${path} (${cached.status}); the sharding manager builds it before starting shards.`);
  if (cached.status === 'corrupt') log.warn(`The index cache ${path} is unusable (${cached.reason}); rebuilding it.`);
  else if (cached.status === 'stale') log.info('The corpus or the pipeline changed since the index was cached; rebuilding it.');
  else log.info(`No index cache yet; building one for ${passages.size} passages in ${reports.length} reports.`);
  const started = Date.now();
  const index = buildIndex([...passages.values()], opts.onProgress);
  log.info(`Built the search index in ${Date.now() - started} ms.`);
  try {
    await saveIndex(path, key, opts.corpusDir, index, signature);
  } catch (err) {
    log.warn(`Could not save the index cache to ${path} (${(err as Error).message}); answers are not affected.`);
  }
  return { reports, facts, passages, index, skipped, cache: 'built', cachePath: path, key };
}

export class Engine {
  constructor(public corpus: Corpus) {}

  /**
   * Open a corpus: with a valid cache, load it here (fast); otherwise build
   * the index in a worker thread so that the process stays responsive.
   */
  static async open(opts: EngineOptions): Promise<Engine> {
    const path = cachePath(opts.cacheDir, opts.corpusDir);
    if ((await keyForSignature(path, factsCachePath(opts.cacheDir, opts.corpusDir), cacheSignature(await folderSignature(opts.corpusDir)))) !== null) {
      return new Engine(await loadCorpus(opts));
    }
    // The files were read to check the key: hand them on rather than reading them again.
    const read = await readCorpusFolder(opts.corpusDir);
    if (await cacheKeyMatches(path, corpusKey(read.files))) return new Engine(await loadCorpus(opts, read));
    return new Engine(await loadCorpusInWorker(opts));
  }

  /** Answer one question; never throws on user input. */
  ask(question: string, opts: AskOptions = {}): DetailedAnswer {
    return answerQuestion(this.corpus, question, opts);
  }

  /** One report's facts at a glance, or null for an unknown id. */
  summarize(doc: string, lang: 'en' | 'vi'): DetailedAnswer | null {
    return summarizeReport(this.corpus, doc, lang);
  }

  /** Swap in a freshly loaded corpus (answers keep using the old one until then). */
  replace(corpus: Corpus): void {
    this.corpus = corpus;
  }
}
