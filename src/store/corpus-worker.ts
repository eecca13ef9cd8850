/** The worker side of a corpus build (see build-in-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildAndSave, loadParts, passagesOf } from './load.ts';
import { indexCacheIsWhole, rememberSignature } from './index-cache.ts';
import type { WorkerMessage } from './build-in-worker.ts';
import { setLogFormat, setLogLevel, type Level, type LogFormat } from '../log.ts';

const post = (m: WorkerMessage) => parentPort?.postMessage(m);

try {
  const { corpusDir, cacheDir, maxReportBytes, cacheWritable, logLevel, logFormat } = workerData as {
    corpusDir: string;
    cacheDir: string;
    maxReportBytes?: number;
    cacheWritable?: boolean;
    logLevel: Level;
    logFormat: LogFormat;
  };
  setLogFormat(logFormat);
  setLogLevel(logLevel); // the same verbosity as the thread that asked
  const opts = { corpusDir, cacheDir, maxReportBytes, cacheWritable, onProgress: (done: number, total: number) => post({ type: 'progress', done, total }) };
  const parts = await loadParts(opts);
  // Verified, not only its key read: a damaged cache with the right key is rebuilt here, not handed to the main thread.
  if (await indexCacheIsWhole(parts.cachePath, parts.key)) {
    if (!parts.remembered && cacheWritable !== false) await rememberSignature(parts.cachePath, parts.signature, parts.key, parts.skipped);
    post({ type: 'done', parts, built: false, unsaved: null });
  } else {
    const { index, saved } = await buildAndSave(parts, passagesOf(parts.reports), opts);
    if (saved) await rememberSignature(parts.cachePath, parts.signature, parts.key, parts.skipped);
    // Normally the main thread loads the saved cache; when it could not be saved, the index travels in the message.
    post({ type: 'done', parts, built: true, unsaved: saved ? null : index.serialize() });
  }
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
