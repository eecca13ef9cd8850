/** Where a corpus is read from and its store kept, and how. */
import type { ProgressFn } from '../search/build-index.ts';

export interface EngineOptions {
  corpusDir: string;
  cacheDir: string;
  /** progress of a build (reports parsed and indexed) */
  onProgress?: ProgressFn;
  /** only load the store as saved, never build (a shard, the answer thread: whoever started them builds) */
  requireCache?: boolean;
  /** report files larger than this are skipped with a warning (default LIMITS.maxReportBytes) */
  maxReportBytes?: number;
  /** passages per segment of the index store (default LIMITS.segmentPassages; tests make it small to see segments kept and rewritten) */
  segmentPassages?: number;
  /** a store written by other code in the same format may be served as it is (the caller rebuilds it in the background: main.ts) */
  serveStale?: boolean;
  /** false: the cache folder cannot be written (checkCacheFolder has said so once): do not try to save */
  cacheWritable?: boolean;
}
