/**
 * Building a corpus off the event loop: a worker thread reads, parses,
 * extracts and indexes, and saves the index cache; the main thread then loads
 * the saved index. A build that fails rejects, and whoever called keeps the
 * corpus it had.
 */
import { totalmem } from 'node:os';
import { SearchIndex, type SearchIndexMeta } from '../search/search-index.ts';
import { passagesOf, type Corpus, type CorpusParts, type EngineOptions, reportSkipped } from './load.ts';
import { loadCachedIndex } from './index-cache.ts';
import { getLogFormat, getLogLevel } from '../log.ts';
import { startWorker } from '../threads.ts';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; parts: CorpusParts; built: boolean; unsaved: { meta: SearchIndexMeta; bin: Uint8Array } | null }
  | { type: 'error'; message: string };

export function loadCorpusInWorker(opts: EngineOptions): Promise<Corpus> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(new URL('./corpus-worker.ts', import.meta.url), {
      workerData: {
        corpusDir: opts.corpusDir,
        cacheDir: opts.cacheDir,
        maxReportBytes: opts.maxReportBytes,
        cacheWritable: opts.cacheWritable,
        logLevel: getLogLevel(),
        logFormat: getLogFormat(),
      },
      // A build at 100k passages peaks near Node's default heap limit and slows in garbage collection there:
      // give the worker up to half the machine's memory (at most 8 GB), never less than the default.
      resourceLimits: { maxOldGenerationSizeMb: Math.max(4096, Math.min(8192, Math.floor(totalmem() / 2 ** 20 / 2))) },
    });
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'error') fail(new Error(m.message));
      else if (m.type === 'done') {
        void (async () => {
          try {
            const { signature: _signature, remembered: _remembered, ...parts } = m.parts;
            reportSkipped(parts, opts.corpusDir);
            const passages = passagesOf(parts.reports);
            let index: SearchIndex;
            if (m.unsaved) index = SearchIndex.deserialize(m.unsaved.meta, m.unsaved.bin);
            else {
              const cached = await loadCachedIndex(parts.cachePath, parts.key);
              if (cached.status !== 'hit') throw new Error(`the index the worker saved could not be loaded (${cached.status})`);
              index = cached.index;
            }
            settled = true;
            resolve({ ...parts, passages, index, cache: m.built ? 'built' : 'hit' });
          } catch (err) {
            fail(err as Error);
          }
        })();
      }
    });
    worker.on('error', (err) => fail(err));
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`the index build worker stopped with exit code ${code}`));
    });
  });
}
