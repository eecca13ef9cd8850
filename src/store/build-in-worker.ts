/**
 * Bringing the store up to date off the event loop: a worker thread reads,
 * parses, extracts and indexes what changed and writes the segments; the
 * main thread then reads the segments it does not hold yet. A build that
 * fails rejects, and whoever called keeps the corpus it had.
 */
import { totalmem } from 'node:os';
import { IndexSegment, type SearchIndexMeta } from '../search/index-segment.ts';
import { type Corpus, type EngineOptions, updateAndAssemble } from './load.ts';
import type { Manifest } from './manifest.ts';
import type { Segment, SegmentReports } from './segment-file.ts';
import { getLogFormat, getLogLevel } from '../log.ts';
import { startWorker } from '../threads.ts';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done';
      manifest: Manifest;
      unsaved: (SegmentReports & { file: string; index: { meta: SearchIndexMeta; bin: Uint8Array } })[];
      parsed: number;
      written: number;
      peakHeapMB: number;
    }
  | { type: 'error'; message: string };

type Done = Extract<WorkerMessage, { type: 'done' }>;

/** Run one store update in a worker. */
function updateInWorker(opts: EngineOptions, distrust: string[]): Promise<Done> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(new URL('./corpus-worker.ts', import.meta.url), {
      workerData: {
        corpusDir: opts.corpusDir,
        cacheDir: opts.cacheDir,
        maxReportBytes: opts.maxReportBytes,
        segmentPassages: opts.segmentPassages,
        cacheWritable: opts.cacheWritable,
        distrust,
        logLevel: getLogLevel(),
        logFormat: getLogFormat(),
      },
      // A build holds one segment at a time; the cap leaves room for a corpus of huge reports, and follows the machine.
      resourceLimits: { maxOldGenerationSizeMb: Math.max(2048, Math.min(8192, Math.floor(totalmem() / 2 ** 20 / 2))) },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') opts.onProgress?.(m.done, m.total);
      else if (m.type === 'error') settle(() => reject(new Error(m.message)));
      else settle(() => resolve(m));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => {
      if (code !== 0) settle(() => reject(new Error(`the index build worker stopped with exit code ${code}`)));
    });
  });
}

function received(m: Done): Map<string, Segment> {
  return new Map(
    m.unsaved.map((s) => [s.file, { reports: s.reports, facts: s.facts, hashes: s.hashes, index: IndexSegment.deserialize(s.index.meta, s.index.bin) }]),
  );
}

export async function loadCorpusInWorker(opts: EngineOptions): Promise<Corpus> {
  const started = Date.now();
  const { corpus, u } = await updateAndAssemble(opts, async (distrust) => {
    const m = await updateInWorker(opts, [...distrust]);
    return { ...m, made: received(m) };
  });
  corpus.build = { ms: Date.now() - started, parsed: u.parsed, written: u.written, peakHeapMB: u.peakHeapMB };
  return corpus;
}
