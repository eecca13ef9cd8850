/**
 * Watching the corpus folder: changes are debounced, compared by size and
 * time and then by content hash, and reported as added / changed / removed
 * file names. Starting reads no file (at 10,000 reports, hashing them all
 * held up the first prompt by 1.5 s): files are hashed in the background.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { listReportFiles } from './read-folder.ts';
import { log } from '../log.ts';

export interface CorpusDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/** What the watcher knows of one file: its size and time, and its content hash once read. */
export interface FileState {
  size: number;
  mtimeMs: number;
  /** null until hashed: at start the watcher trusts sizes and times, and hashes in the background */
  hash: string | null;
}

const hashOf = async (path: string) =>
  createHash('sha1')
    .update(await readFile(path))
    .digest('hex');

/**
 * The folder's report files, or null when the folder cannot be listed. A
 * file whose size and time are as in `before` keeps its entry unread; one
 * that differs is hashed when `hash` is set, so a `touch` is not a change.
 */
async function snapshot(dir: string, before: Map<string, FileState>, hash: boolean): Promise<Map<string, FileState> | null> {
  const out = new Map<string, FileState>();
  let names: string[] = [];
  try {
    names = await listReportFiles(dir);
  } catch (err) {
    log.warn(`Cannot list the corpus folder ${dir} (${(err as Error).message}); waiting for it to come back.`);
    return null;
  }
  for (const n of names) {
    try {
      const st = await stat(join(dir, n));
      const prev = before.get(n);
      if (prev && prev.size === st.size && prev.mtimeMs === st.mtimeMs) out.set(n, prev);
      else out.set(n, { size: st.size, mtimeMs: st.mtimeMs, hash: hash ? await hashOf(join(dir, n)) : null });
    } catch {
      // Vanished between listing and reading: it counts as removed.
    }
  }
  return out;
}

export function diffSnapshots(before: Map<string, FileState>, after: Map<string, FileState>): CorpusDiff {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [n, now] of after) {
    const was = before.get(n);
    if (!was) added.push(n);
    else if (was === now)
      continue; // same size and time: not looked at again
    // Hashes tell a touch from an edit; without the old one, a new size or time counts as a change.
    else if (!was.hash || !now.hash || was.hash !== now.hash) changed.push(n);
  }
  for (const n of before.keys()) if (!after.has(n)) removed.push(n);
  return { added, changed, removed };
}

/** How often a watcher whose folder is gone looks for it to come back. */
const RETURN_POLL_MS = 1000;

/**
 * Watches one folder by path, not by the folder it first found: a deploy that
 * runs `rm -rf corpus && cp -r new corpus` replaces the folder, which a plain
 * fs.watch would go on watching, dead, forever. The watcher notices a missing
 * or replaced folder at its next check, polls for it to come back, and watches
 * the new one; `rearm()` does the same on demand (/reindex).
 */
export class CorpusWatcher {
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private poll: NodeJS.Timeout | null = null;
  /** the inode of the folder being watched: another inode at the same path is a replaced folder */
  private ino: number | null = null;
  private last = new Map<string, FileState>();
  private checking: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private dir: string,
    private onChange: (diff: CorpusDiff) => void | Promise<void>,
    private debounceMs = 500,
  ) {}

  /** Watch from now: the folder's names, sizes and times are read (no file is), and the files are hashed afterwards, in the background. */
  async start(): Promise<void> {
    this.last = (await snapshot(this.dir, new Map(), false)) ?? new Map();
    await this.arm();
    this.checking = this.checking.then(() => this.hashUnread());
  }

  /** Hash the files known only by size and time, so that a later touch of them is not taken for a change. */
  private async hashUnread(): Promise<void> {
    for (const [n, st] of this.last) {
      if (this.stopped) return;
      if (st.hash) continue;
      try {
        const now = await stat(join(this.dir, n));
        // Changed meanwhile: leave it unhashed, so the next check calls it changed.
        if (now.size === st.size && now.mtimeMs === st.mtimeMs) this.last.set(n, { ...st, hash: await hashOf(join(this.dir, n)) });
      } catch {
        // gone: the next check says so
      }
    }
  }

  /** Watch the folder now at the path (after /reindex, or when it came back), and look for changes unless told not to. */
  async rearm(check = true): Promise<void> {
    if (this.stopped) return;
    await this.arm();
    if (check) this.schedule();
  }

  private async arm(): Promise<void> {
    const st = await stat(this.dir).catch(() => null);
    // Already watching the folder now at the path: keep that watch (every rebuild re-arms; closing it would drop events).
    if (this.watcher && st?.isDirectory() && st.ino === this.ino) return;
    this.watcher?.close();
    this.watcher = null;
    if (!st?.isDirectory()) return this.lost();
    this.ino = st.ino;
    // Recursive: reports in subfolders are read too.
    this.watcher = watch(this.dir, { recursive: true }, () => this.schedule());
    this.watcher.on('error', (err) => {
      log.warn(`Watching ${this.dir} failed (${err.message}); the current index keeps serving.`);
      this.lost();
    });
  }

  /** The folder is gone: poll until it is back, then watch it again and compare. */
  private lost(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.poll || this.stopped) return;
    log.warn(`The corpus folder ${this.dir} is gone; the current index keeps serving, and the folder is watched for again.`);
    this.poll = setInterval(() => {
      void stat(this.dir).then(
        (st) => {
          if (!st.isDirectory() || !this.poll) return;
          clearInterval(this.poll);
          this.poll = null;
          log.info(`The corpus folder ${this.dir} is back; watching it again.`);
          void this.rearm();
        },
        () => undefined, // still gone
      );
    }, RETURN_POLL_MS);
    this.poll.unref();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    // Debounced: a file copied in several writes, or many files at once, make one reload.
    this.timer = setTimeout(() => {
      this.timer = null;
      this.checking = this.checking.then(() => this.check());
    }, this.debounceMs);
  }

  private async check(): Promise<void> {
    const st = await stat(this.dir).catch(() => null);
    if (!st?.isDirectory()) return this.lost();
    if (st.ino !== this.ino) {
      log.info(`The corpus folder ${this.dir} was replaced; watching the new one.`);
      await this.arm();
    }
    const now = await snapshot(this.dir, this.last, true);
    // An unlistable folder is not an empty one: keep the last view, remove nothing.
    if (!now) return;
    const diff = diffSnapshots(this.last, now);
    this.last = now;
    if (diff.added.length || diff.changed.length || diff.removed.length) await this.onChange(diff);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.watcher?.close();
    this.watcher = null;
  }
}
