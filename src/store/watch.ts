/**
 * Watching the corpus folder: changes are debounced, compared by content
 * hash, and reported as added / changed / removed file names.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isReportFile } from './read-folder.ts';
import { log } from '../log.ts';

export interface CorpusDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The folder's report files by content hash, or null when the folder cannot be listed. */
async function snapshot(dir: string): Promise<Map<string, string> | null> {
  const out = new Map<string, string>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter(isReportFile);
  } catch (err) {
    log.warn(`Cannot list the corpus folder ${dir} (${(err as Error).message}); waiting for it to come back.`);
    return null;
  }
  for (const n of names) {
    try {
      out.set(
        n,
        createHash('sha1')
          .update(await readFile(join(dir, n)))
          .digest('hex'),
      );
    } catch {
      // Vanished between listing and reading: it counts as removed.
    }
  }
  return out;
}

export function diffSnapshots(before: Map<string, string>, after: Map<string, string>): CorpusDiff {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [n, h] of after) {
    if (!before.has(n)) added.push(n);
    else if (before.get(n) !== h) changed.push(n);
  }
  for (const n of before.keys()) if (!after.has(n)) removed.push(n);
  return { added, changed, removed };
}

export class CorpusWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private last = new Map<string, string>();
  private checking: Promise<void> = Promise.resolve();

  constructor(
    private dir: string,
    private onChange: (diff: CorpusDiff) => void | Promise<void>,
    private debounceMs = 500,
  ) {}

  async start(): Promise<void> {
    this.last = (await snapshot(this.dir)) ?? new Map();
    this.watcher = watch(this.dir, () => this.schedule());
    // The folder vanished: nothing to watch until it is back; the index keeps serving.
    this.watcher.on('error', (err) => log.warn(`Stopped watching ${this.dir} (${err.message}); the current index keeps serving.`));
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    // Debounced: a file copied in several writes, or many files at once, make one reload.
    this.timer = setTimeout(() => {
      this.timer = null;
      this.checking = this.checking.then(() => this.check());
    }, this.debounceMs);
  }

  private async check(): Promise<void> {
    const now = await snapshot(this.dir);
    // An unlistable folder is not an empty one: keep the last view, remove nothing.
    if (!now) return;
    const diff = diffSnapshots(this.last, now);
    this.last = now;
    if (diff.added.length || diff.changed.length || diff.removed.length) await this.onChange(diff);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = null;
  }
}
