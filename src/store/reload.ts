/**
 * Keeping the engine current: rebuilds run in a worker, one at a time; the
 * engine answers from the old corpus until the new one is swapped in, and a
 * failed build leaves the old one serving.
 */
import type { Corpus, EngineOptions } from './load.ts';
import { loadCorpusInWorker } from './build-in-worker.ts';
import { CorpusWatcher, type CorpusDiff } from './watch.ts';
import { log } from '../log.ts';
import { checkCacheFolder } from './cache-files.ts';

export class Reloader {
  private running: Promise<string> | null = null;
  private again = false;
  private watcher: CorpusWatcher | null = null;

  /** `swap` puts a freshly built corpus into service (Engine#replace); `onReloaded` hears of each one (a sharding manager tells its shards). */
  constructor(
    private opts: EngineOptions,
    private swap: (corpus: Corpus) => void,
    private onReloaded: (summary: string) => void = () => undefined,
  ) {}

  /** Rebuild now (or right after the rebuild under way); resolves to a one-line summary. */
  reload(): Promise<string> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // A rebuild asked for by hand (/reindex) also watches the folder now at the path: it may have been replaced.
    void this.watcher?.rearm(false);
    this.running = (async () => {
      const started = Date.now();
      try {
        const corpus = await loadCorpusInWorker({ ...this.opts, cacheWritable: await checkCacheFolder(this.opts.cacheDir) });
        this.swap(corpus);
        const skipped = corpus.skipped.length ? `; skipped ${corpus.skipped.length} unreadable file(s)` : '';
        const msg = `Re-indexed ${corpus.reports.length} reports (${corpus.passages.size} passages) in ${Date.now() - started} ms${skipped}.`;
        log.info(msg);
        this.onReloaded(msg);
        return msg;
      } catch (err) {
        log.error(`Rebuilding the index failed (${(err as Error).message}); the previous index keeps serving.`);
        throw err;
      } finally {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.reload().catch(() => undefined); // reload() has logged the failure
        }
      }
    })();
    return this.running;
  }

  /** Watch the corpus folder and reload on change; returns the watcher (stop() it to end). */
  async watch(debounceMs = 500): Promise<CorpusWatcher> {
    const w = new CorpusWatcher(
      this.opts.corpusDir,
      async (d: CorpusDiff) => {
        const parts = [
          d.added.length && `added ${d.added.join(', ')}`,
          d.changed.length && `changed ${d.changed.join(', ')}`,
          d.removed.length && `removed ${d.removed.join(', ')}`,
        ].filter(Boolean);
        log.info(`Corpus folder changed: ${parts.join('; ')}. Rebuilding the index.`);
        await this.reload().catch(() => undefined); // reload() has logged the failure
      },
      debounceMs,
    );
    await w.start();
    this.watcher = w;
    return w;
  }
}
