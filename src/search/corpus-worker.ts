/** The worker side of a corpus build (see build-in-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { loadCorpus } from '../engine.ts';
import type { WorkerMessage } from './build-in-worker.ts';
import { setLogLevel, type Level } from '../log.ts';

const post = (m: WorkerMessage) => parentPort?.postMessage(m);

try {
  const { corpusDir, cacheDir, logLevel } = workerData as { corpusDir: string; cacheDir: string; logLevel: Level };
  setLogLevel(logLevel); // the same verbosity as the thread that asked
  const corpus = await loadCorpus({ corpusDir, cacheDir, skipIndexOnHit: true, onProgress: (done, total) => post({ type: 'progress', done, total }) });
  const { index, passages: _passages, ...rest } = corpus;
  // Normally the main thread loads the saved cache; when it could not be saved, the index travels in the message.
  const unsaved = corpus.cache === 'built' && !existsSync(corpus.cachePath) ? index.serialize() : null;
  post({ type: 'done', corpus: rest, unsaved });
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
