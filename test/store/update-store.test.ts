import assert from 'node:assert/strict';
import { readFile, writeFile, readdir, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { forgetReadSegments, loadCorpus } from '../../src/store/load.ts';
import { Engine } from '../../src/engine.ts';
import { storeIsCurrent, updateStore } from '../../src/store/update-store.ts';
import { manifestPath } from '../../src/store/manifest.ts';
import { cacheSignature, codeVersion } from '../../src/store/code-version.ts';
import { folderSignature } from '../../src/store/read-folder.ts';
import { checkCacheFolder } from '../../src/store/cache-files.ts';
import { parseQuery, searchIndex } from '../../src/search/query.ts';
import { onLog } from '../../src/log.ts';
import { writeCorpus, tempDir } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT, NGHE_AN_REPORT } from '../fixtures.ts';

const segmentFiles = async (cacheDir: string) => (await readdir(cacheDir)).filter((f) => f.startsWith('seg-')).sort();
const mtimes = async (cacheDir: string, files: string[]) => Promise.all(files.map(async (f) => (await stat(join(cacheDir, f))).mtimeMs));

describe('store/update-store', () => {
  it('builds, then loads the store as saved; a new report is parsed alone and the answers hold it', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(first.cache, 'built');
    const second = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(second.cache, 'hit');
    assert.deepEqual(second.index.refs, first.index.refs);
    assert.deepEqual(searchIndex(second.index, parseQuery('Quang'), 3), searchIndex(first.index, parseQuery('Quang'), 3));
    await writeFile(join(dir, 'b.txt'), CONGRESS_REPORT);
    const u = await updateStore({ corpusDir: dir, cacheDir }, 'all');
    assert.equal(u.parsed, 1, 'a.txt is reused from its segment, not parsed again');
    const third = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(third.cache, 'hit');
    assert.deepEqual(
      third.reports.map((r) => r.id),
      ['a.txt', 'b.txt'],
    );
    assert.equal(new Engine(third).ask('how many new party members were admitted?').answer.includes('12'), true);
  });

  it('a changed report rewrites its segment only; a removed one takes its segment with it', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT, 'c.txt': NGHE_AN_REPORT });
    const cacheDir = await tempDir();
    const opts = { corpusDir: dir, cacheDir, segmentPassages: 1 }; // one report per segment
    assert.equal((await updateStore(opts, 'all')).written, 3);
    const before = await segmentFiles(cacheDir);
    assert.equal(before.length, 3);
    const times = await mtimes(cacheDir, before);
    await writeFile(join(dir, 'b.txt'), CONGRESS_REPORT.replace('12 đảng viên', '13 đảng viên'));
    const u = await updateStore(opts, 'all');
    assert.deepEqual([u.parsed, u.written], [1, 1]);
    const after = await segmentFiles(cacheDir);
    const kept = after.filter((f) => before.includes(f));
    assert.equal(kept.length, 2, 'the other two segments are the same files');
    assert.deepEqual(
      await mtimes(cacheDir, kept),
      kept.map((f) => times[before.indexOf(f)]),
      'and not rewritten',
    );
    assert.match(JSON.stringify((await loadCorpus(opts)).reports), /13 đảng viên/);
    await unlink(join(dir, 'c.txt'));
    const gone = await updateStore(opts, 'all');
    assert.deepEqual([gone.parsed, gone.written], [0, 0]);
    assert.equal((await segmentFiles(cacheDir)).length, 2, "the removed report's segment file is deleted");
    assert.deepEqual(
      (await loadCorpus(opts)).reports.map((r) => r.id),
      ['a.txt', 'b.txt'],
    );
  });

  it('when only file times change (touch, git checkout, rsync), the next start reads that file once, rewrites no segment, and the one after is fast again', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    await Engine.open({ corpusDir: dir, cacheDir });
    const segs = await segmentFiles(cacheDir);
    const before = await mtimes(cacheDir, segs);
    const touched = new Date(Date.now() - 3_600_000);
    await utimes(join(dir, 'a.txt'), touched, touched);
    assert.equal(await storeIsCurrent({ corpusDir: dir, cacheDir }), false);
    const first = await Engine.open({ corpusDir: dir, cacheDir }); // reads a.txt, finds the same content
    assert.match(first.ask('how many documents were issued?').answer, /1\.204 văn bản đi/);
    assert.deepEqual(await mtimes(cacheDir, segs), before, 'no segment rewritten for new file times');
    assert.equal(await storeIsCurrent({ corpusDir: dir, cacheDir }), true, 'the next start takes the fast path');
    // Proof that it reads no file: a change that keeps the size and the time is not seen by it.
    await writeFile(join(dir, 'a.txt'), HDND_REPORT.replace('1.204 văn bản đi', '1.205 văn bản đi'));
    await utimes(join(dir, 'a.txt'), touched, touched);
    const second = await Engine.open({ corpusDir: dir, cacheDir });
    assert.match(second.ask('how many documents were issued?').answer, /1\.204 văn bản đi/);
  });

  it('a store written by other code is never served: the reports are parsed again', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    await loadCorpus({ corpusDir: dir, cacheDir });
    const folder = await folderSignature(dir);
    assert.notEqual(cacheSignature(folder, 'older-code'), cacheSignature(folder));
    assert.match(codeVersion(), /^[0-9a-f]{16}$/);
    const path = manifestPath(cacheDir, dir);
    const m = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...m, code: 'pipeline:1:code:older' }));
    assert.equal(await storeIsCurrent({ corpusDir: dir, cacheDir }), false);
    assert.equal((await updateStore({ corpusDir: dir, cacheDir }, 'all')).parsed, 1);
  });

  it('gives different corpus folders different stores, and removes the caches earlier versions left', async () => {
    const a = await writeCorpus({ 'a.txt': HDND_REPORT });
    const b = await writeCorpus({ 'a.txt': HDND_REPORT });
    assert.notEqual(manifestPath('.cache', a), manifestPath('.cache', b));
    const cacheDir = await tempDir();
    const tag = /store-([0-9a-f]+)\.json$/.exec(manifestPath(cacheDir, a))?.[1];
    const old = [`index-${tag}.json`, `facts-${tag}.json`, `signature-${tag}.json`, `index-${tag}.0a1b2c.bin`];
    for (const f of old) await writeFile(join(cacheDir, f), 'old');
    await loadCorpus({ corpusDir: a, cacheDir });
    assert.deepEqual(
      (await readdir(cacheDir)).filter((f) => old.includes(f)),
      [],
    );
  });
});

describe('store/update-store: damage', () => {
  it('a flipped byte, a cut or a foreign file anywhere in the store is noticed: what it held is rebuilt, never trusted', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    const flip = async (path: string, at: (bytes: Buffer) => number) => {
      const bytes = await readFile(path);
      const i = at(bytes);
      bytes[i] = bytes[i] ^ 0x01;
      await writeFile(path, bytes);
    };
    const seg = async () => join(cacheDir, (await segmentFiles(cacheDir))[0]);
    const warnings: string[] = [];
    const stop = onLog((l) => l.level === 'warn' && warnings.push(l.msg));
    try {
      // The index part, near the end; a letter of a passage in the middle (trusted, it would change what is quoted).
      for (const at of [(b: Buffer) => b.length - 10, (b: Buffer) => Math.floor(b.length / 3)]) {
        await flip(await seg(), at);
        forgetReadSegments(); // as a new process would: this one holds the segment read before the damage
        const again = await loadCorpus({ corpusDir: dir, cacheDir });
        assert.equal(again.cache, 'built');
        assert.deepEqual(again.reports, first.reports);
      }
      // Cut short, and whole JSON of another program as the manifest.
      const s = await seg();
      await writeFile(s, (await readFile(s)).subarray(0, 200));
      forgetReadSegments();
      assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
      await writeFile(manifestPath(cacheDir, dir), JSON.stringify({ hello: 'world' }));
      assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
      const m = manifestPath(cacheDir, dir);
      await writeFile(m, (await readFile(m, 'utf8')).slice(0, 50));
      assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
    } finally {
      stop();
    }
    assert.ok(
      warnings.some((w) => /segment .* is unusable .*rebuilding/.test(w)),
      warnings.join('\n'),
    );
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'hit', 'the rebuilt store is whole again');
    const files = await readdir(cacheDir);
    assert.deepEqual(
      files.filter((f) => f.endsWith('.tmp')),
      [],
    );
    assert.equal((await segmentFiles(cacheDir)).length, 1, 'segments no manifest names are removed');
    assert.equal(new Engine(await loadCorpus({ corpusDir: dir, cacheDir })).ask('who chaired the conference?').found, true);
  });

  it('a cache folder that cannot be written (here: under a file) is said once, and the corpus is served from memory', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const blocker = join(await tempDir(), 'not-a-folder');
    await writeFile(blocker, 'x');
    const cacheDir = join(blocker, 'cache');
    const warnings: string[] = [];
    const stop = onLog((l) => l.level === 'warn' && warnings.push(l.msg));
    try {
      assert.equal(await checkCacheFolder(cacheDir), false);
      assert.equal(await checkCacheFolder(await tempDir()), true);
      const engine = await Engine.open({ corpusDir: dir, cacheDir });
      assert.equal(engine.ask('who chaired the conference?').found, true);
      // And again: a second start over the same unusable folder serves too (nothing half-written is trusted).
      assert.equal((await Engine.open({ corpusDir: dir, cacheDir })).ask('who chaired the conference?').found, true);
    } finally {
      stop();
    }
    // One warning says it all: no "could not save" for each file, and none again at the next start.
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /cannot be written .* answering from memory/);
  });
});
