/** The worker side of a corpus build (see build-in-worker.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { updateStore } from './update-store.ts';
import type { WorkerMessage } from './build-in-worker.ts';
import { setLogFormat, setLogLevel, type Level, type LogFormat } from '../log.ts';

const post = (m: WorkerMessage) => parentPort?.postMessage(m);

try {
  const { corpusDir, cacheDir, maxReportBytes, segmentPassages, cacheWritable, distrust, logLevel, logFormat } = workerData as {
    corpusDir: string;
    cacheDir: string;
    maxReportBytes?: number;
    segmentPassages?: number;
    cacheWritable?: boolean;
    distrust: string[];
    logLevel: Level;
    logFormat: LogFormat;
  };
  setLogFormat(logFormat);
  setLogLevel(logLevel); // the same verbosity as the thread that asked
  // The peak heap of the build, sampled at each progress step (the bench reports it).
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  };
  const onProgress = (done: number, total: number) => {
    sample();
    post({ type: 'progress', done, total });
  };
  const opts = { corpusDir, cacheDir, maxReportBytes, segmentPassages, cacheWritable, onProgress };
  // Segments are written as they are built; only those that could not be saved travel in the message.
  const u = await updateStore(opts, 'unsaved', new Set(distrust));
  const unsaved = [...u.made].map(([file, s]) => ({ file, reports: s.reports, facts: s.facts, hashes: s.hashes, index: s.index.serialize() }));
  sample();
  post({ type: 'done', manifest: u.manifest, unsaved, parsed: u.parsed, written: u.written, peakHeapMB: peak / 2 ** 20 });
} catch (err) {
  post({ type: 'error', message: (err as Error).message });
}
