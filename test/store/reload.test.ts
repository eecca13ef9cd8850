import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, rm, writeFile, unlink, utimes } from 'node:fs/promises';
import { onLog } from '../../src/log.ts';
import { join } from 'node:path';
import { Engine } from '../../src/engine.ts';
import { loadCorpus } from '../../src/store/load.ts';
import { loadCorpusInWorker } from '../../src/store/build-in-worker.ts';
import { Reloader } from '../../src/store/reload.ts';
import { tempDir, writeCorpus } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT } from '../fixtures.ts';

async function until(pred: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('index builds off the event loop, and the corpus watcher', function () {
  this.timeout(30_000);

  it('builds a corpus in a worker thread, reporting progress, with the same answers as in-thread', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT });
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5); // the event loop keeps turning during the build
    const corpus = await loadCorpusInWorker({ corpusDir: dir, cacheDir: await tempDir(), onProgress: (d) => progress.push(d) });
    clearInterval(timer);
    assert.equal(corpus.cache, 'built');
    assert.ok(progress.length > 0 && progress[progress.length - 1] === corpus.reports.length);
    const inThread = await loadCorpus({ corpusDir: dir, cacheDir: await tempDir() });
    const a = new Engine(corpus).ask('who chaired the conference?');
    const b = new Engine(inThread).ask('who chaired the conference?');
    assert.deepEqual(a, b);
    assert.ok(ticks > 0, 'the event loop kept turning while the worker built the index');
  });

  it('a file it cannot read is warned about once, not again at every rebuild', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'scan.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    await utimes(join(dir, 'scan.txt'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000)); // old: not "being written"
    const cacheDir = await tempDir();
    const warnings: string[] = [];
    const stop = onLog((l) => l.level === 'warn' && warnings.push(l.msg));
    try {
      const engine = await Engine.open({ corpusDir: dir, cacheDir });
      const reloader = new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c));
      await writeFile(join(dir, 'b.txt'), CONGRESS_REPORT);
      await reloader.reload();
      await reloader.reload();
      assert.equal(engine.corpus.reports.length, 2);
    } finally {
      stop();
    }
    assert.equal(warnings.filter((w) => w.includes('scan.txt')).length, 1, warnings.join('\n'));
  });

  it('a failed rebuild leaves the old index serving', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const engine = await Engine.open({ corpusDir: dir, cacheDir });
    const reloader = new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c));
    await rm(dir, { recursive: true });
    await assert.rejects(reloader.reload(), /Cannot read the corpus folder/);
    assert.match(engine.ask('who chaired the conference?').answer, /Trần Văn Minh/);
  });

  it('answers a report dropped into the folder without a restart, and forgets a removed one', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const engine = await Engine.open({ corpusDir: dir, cacheDir });
    assert.equal(engine.corpus.reports.length, 1);
    const watcher = await new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c)).watch(100);
    try {
      await writeFile(join(dir, 'ninh-binh.txt'), CONGRESS_REPORT);
      await until(() => engine.corpus.reports.length === 2);
      assert.match(engine.ask('who attended the 2025 congress?').answer, /Phạm Quang Ngọc/);
      await unlink(join(dir, 'ninh-binh.txt'));
      await until(() => engine.corpus.reports.length === 1);
      assert.equal(engine.ask('who attended the 2025 congress?').found, false);
    } finally {
      watcher.stop();
    }
  });

  it('keeps watching when the folder is deleted and created again (rm -rf corpus && cp -r new corpus)', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const engine = await Engine.open({ corpusDir: dir, cacheDir });
    const watcher = await new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c)).watch(100);
    try {
      await rm(dir, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 400)); // the watcher notices the folder is gone
      assert.equal(engine.corpus.reports.length, 1, 'a missing folder removes nothing from the index');
      await mkdir(dir);
      await writeFile(join(dir, 'a.txt'), HDND_REPORT);
      await writeFile(join(dir, 'ninh-binh.txt'), CONGRESS_REPORT);
      await until(() => engine.corpus.reports.length === 2);
      // And the new folder is watched: a later change is picked up too.
      await unlink(join(dir, 'ninh-binh.txt'));
      await until(() => engine.corpus.reports.length === 1);
    } finally {
      watcher.stop();
    }
  });

  it('a rebuild over a damaged cache with the right key rebuilds it, instead of failing to load it', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const engine = await Engine.open({ corpusDir: dir, cacheDir });
    const bin = join(cacheDir, (await readdir(cacheDir)).find((f) => f.endsWith('.bin'))!);
    const bytes = await readFile(bin);
    bytes[bytes.length >> 1] ^= 0x01;
    await writeFile(bin, bytes);
    const summary = await new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c)).reload();
    assert.match(summary, /Re-indexed 1 reports/);
    assert.match(engine.ask('who chaired the conference?').answer, /Trần Văn Minh/);
  });

  it('picks up a report dropped into a subfolder', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    await mkdir(join(dir, '2025'));
    const cacheDir = await tempDir();
    const engine = await Engine.open({ corpusDir: dir, cacheDir });
    const watcher = await new Reloader({ corpusDir: dir, cacheDir }, (c) => engine.replace(c)).watch(100);
    try {
      await writeFile(join(dir, '2025', 'ninh-binh.txt'), CONGRESS_REPORT);
      await until(() => engine.corpus.reports.length === 2);
      assert.ok(engine.corpus.reports.some((r) => r.id === '2025/ninh-binh.txt'));
    } finally {
      watcher.stop();
    }
  });
});
