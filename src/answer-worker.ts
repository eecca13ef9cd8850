/**
 * The worker side of the answer thread (see answer-thread.ts): it loads the
 * corpus the main thread has cached and answers one request at a time, so a
 * long answer never holds up the main thread's acknowledgements.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from './engine.ts';
import { loadCorpus, type EngineOptions } from './store/load.ts';
import { setLogFormat, setLogLevel, type Level, type LogFormat } from './log.ts';
import { withPicture, type ToWorker, type FromWorker } from './answer-thread.ts';

const post = (m: FromWorker) => parentPort?.postMessage(m);
const { opts, logLevel, logFormat } = workerData as { opts: EngineOptions; logLevel: Level; logFormat: LogFormat };
setLogFormat(logFormat);
// The main thread has said everything about loading (skipped files, cache state) already: say only what goes wrong.
setLogLevel(logLevel === 'debug' ? 'debug' : 'error');

let engine: Engine | null = null;
/** the newest load asked for: an older one that finishes later does not replace it */
let wanted = 0;

/** Load what the main thread saved; never build (that is the main side's job, and it may not be writable). */
async function load(generation: number): Promise<void> {
  try {
    const corpus = await loadCorpus({ ...opts, requireCache: true });
    if (generation !== wanted) return;
    engine = new Engine(corpus).warm();
    post({ type: 'ready', generation, reports: corpus.reports.length });
  } catch (err) {
    if (generation !== wanted) return;
    engine = null;
    post({ type: 'unavailable', generation, reason: (err as Error).message });
  }
}

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'load') {
    wanted = m.generation;
    void load(m.generation);
    return;
  }
  if (!engine) {
    post({ type: 'failed', id: m.id, message: 'the answer thread has no corpus loaded' });
    return;
  }
  const id = m.id;
  // A chart is drawn here too, off the main thread.
  Promise.resolve()
    .then(() => withPicture(engine?.answer(m.req) ?? null))
    .then(
      (answer) => post({ type: 'answer', id, answer }),
      (err: Error) => post({ type: 'failed', id, message: err.stack ?? String(err) }),
    );
});
