import assert from 'node:assert/strict';
import { readFile, writeFile, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../../src/store/load.ts';
import { Engine } from '../../src/engine.ts';
import { cachePath, cacheSignature, codeVersion, keyForSignature } from '../../src/store/index-cache.ts';
import { factsCachePath, factsKeyMatches, saveFacts } from '../../src/store/facts-cache.ts';
import { folderSignature } from '../../src/store/read-folder.ts';
import { checkCacheFolder } from '../../src/store/cache-files.ts';
import { onLog } from '../../src/log.ts';
import { writeCorpus, tempDir } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT } from '../fixtures.ts';

describe('search/index-cache', () => {
  it('builds, then reuses the cache; rebuilds when the corpus changes', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(first.cache, 'built');
    const second = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(second.cache, 'hit');
    assert.deepEqual(
      second.index.lunr.search('quang').map((r) => r.ref),
      first.index.lunr.search('quang').map((r) => r.ref),
    );
    assert.deepEqual(second.index.refs, first.index.refs);
    await writeFile(join(dir, 'b.txt'), CONGRESS_REPORT);
    const third = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(third.cache, 'built');
    assert.equal(third.reports.length, 2);
  });

  it('rebuilds a half-written or foreign cache file instead of trusting it', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    await loadCorpus({ corpusDir: dir, cacheDir });
    const path = cachePath(cacheDir, dir);
    const full = await readFile(path, 'utf8');
    await writeFile(path, full.slice(0, Math.floor(full.length / 2)));
    const again = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.equal(again.cache, 'built');
    await writeFile(path, JSON.stringify({ hello: 'world' }));
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
    // A truncated binary part is caught too.
    const bin = (await readdir(cacheDir)).find((f) => f.endsWith('.bin'))!;
    const bytes = await readFile(join(cacheDir, bin));
    await writeFile(join(cacheDir, bin), bytes.subarray(0, bytes.length - 8));
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
    // The rebuilt file is whole again and no temporary files are left behind.
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'hit');
    assert.deepEqual(
      (await readdir(cacheDir)).filter((f) => f.endsWith('.tmp')),
      [],
    );
    assert.equal((await readdir(cacheDir)).filter((f) => f.endsWith('.bin')).length, 1, 'old binary parts are removed');
  });

  it('the fast path (folder unchanged) still notices an upgrade of the code: old facts are not served', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    const folder = await folderSignature(dir);
    const index = cachePath(cacheDir, dir);
    const facts = factsCachePath(cacheDir, dir);
    // Saved by this code: the fast path finds it.
    assert.equal((await keyForSignature(index, facts, cacheSignature(folder)))?.key, first.key);
    // The same folder, cached by other code: the fast path must not take it.
    assert.notEqual(cacheSignature(folder, 'older-code'), cacheSignature(folder));
    // (older code also keyed its content differently: the key hashes the code version too)
    const olderKey = 'f'.repeat(64);
    await saveFacts(
      facts,
      olderKey,
      first.reports.map((r) => ({ ...r, title: 'parsed by older code' })),
      first.facts,
      cacheSignature(folder, 'older-code'),
    );
    assert.equal(await keyForSignature(index, facts, cacheSignature(folder)), null);
    const again = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.notEqual(again.reports[0].title, 'parsed by older code');
    assert.match(codeVersion(), /^[0-9a-f]{16}$/);
  });

  it('when only file times change (touch, git checkout, rsync), the next start reads the folder once and the one after is fast again, rewriting no cache', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    await Engine.open({ corpusDir: dir, cacheDir });
    const facts = factsCachePath(cacheDir, dir);
    const index = cachePath(cacheDir, dir);
    const before = [(await stat(facts)).mtimeMs, (await stat(index)).mtimeMs];
    const touched = new Date(Date.now() - 3_600_000);
    await utimes(join(dir, 'a.txt'), touched, touched);
    const first = await Engine.open({ corpusDir: dir, cacheDir }); // the signature changed: reads the folder, finds the same content
    assert.match(first.ask('how many documents were issued?').answer, /1\.204 văn bản đi/);
    assert.deepEqual([(await stat(facts)).mtimeMs, (await stat(index)).mtimeMs], before, 'neither cache rewritten for new file times');
    // Proof that the next start takes the fast path (trusts names, sizes and times, reads no file): a change that keeps
    // the size and the time is not seen by it.
    await writeFile(join(dir, 'a.txt'), HDND_REPORT.replace('1.204 văn bản đi', '1.205 văn bản đi'));
    await utimes(join(dir, 'a.txt'), touched, touched);
    const second = await Engine.open({ corpusDir: dir, cacheDir });
    assert.match(second.ask('how many documents were issued?').answer, /1\.204 văn bản đi/);
  });

  it('gives different corpus folders different cache files', async () => {
    const a = await writeCorpus({ 'a.txt': HDND_REPORT });
    const b = await writeCorpus({ 'a.txt': HDND_REPORT });
    assert.notEqual(cachePath('.cache', a), cachePath('.cache', b));
  });
});

describe('search/index-cache: parsed reports cache', () => {
  it('reuses parsed reports, and re-parses when that cache is damaged', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    const path = factsCachePath(cacheDir, dir);
    const again = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.deepEqual(again.reports, first.reports);
    assert.deepEqual([...again.facts], [...first.facts]);
    const full = await readFile(path, 'utf8');
    await writeFile(path, full.slice(0, full.length - 100));
    const repaired = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.deepEqual(repaired.reports, first.reports);
    assert.equal(new Engine(repaired).ask('who chaired the conference?').found, true);
  });

  it('re-parses when the facts cache is whole JSON of the right key but the wrong shape (edited by hand, other code)', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    const path = factsCachePath(cacheDir, dir);
    const [head, body] = (await readFile(path, 'utf8')).split('\n');
    const saved = JSON.parse(body);
    // The key still matches, so only checking the contents can catch this.
    saved.reports[0].passages = 'not a list';
    saved.facts[0][1].figures = [{ type: 'figure', value: 'many' }];
    await writeFile(path, `${head}\n${JSON.stringify(saved)}`);
    assert.equal(await factsKeyMatches(path, first.key), true);
    const again = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.deepEqual(again.reports, first.reports);
    assert.deepEqual([...again.facts], [...first.facts]);
    assert.equal(new Engine(again).ask('who chaired the conference?').found, true);
  });

  it('a flipped byte anywhere in either cache is noticed: the index is rebuilt, the reports are parsed again', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT });
    const cacheDir = await tempDir();
    const first = await loadCorpus({ corpusDir: dir, cacheDir });
    const flip = async (path: string, at: (bytes: Buffer) => number) => {
      const bytes = await readFile(path);
      const i = at(bytes);
      bytes[i] = bytes[i] ^ 0x01;
      await writeFile(path, bytes);
    };
    const index = cachePath(cacheDir, dir);
    const bin = async () => join(cacheDir, (await readdir(cacheDir)).find((f) => f.endsWith('.bin'))!);
    // The binary part, in the middle (not cut short: whole, but wrong).
    await flip(await bin(), (b) => Math.floor(b.length / 2));
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
    // The terms line of the index.
    await flip(index, (b) => b.indexOf(0x0a) + 20);
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'built');
    assert.equal((await loadCorpus({ corpusDir: dir, cacheDir })).cache, 'hit', 'the rebuilt cache is whole again');
    // A letter of a passage in the facts cache: trusted, it would change what is quoted.
    const facts = factsCachePath(cacheDir, dir);
    const text = await readFile(facts, 'utf8');
    const word = first.reports[0].passages[0].text.split(' ').find((w) => /^[a-zA-Z]{4,}$/.test(w))!;
    await writeFile(facts, text.replace(word, word.toUpperCase()));
    const again = await loadCorpus({ corpusDir: dir, cacheDir });
    assert.deepEqual(again.reports, first.reports);
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
    // One warning says it all: no "could not save" for each cache file, and none again at the next start.
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0], /cannot be written .* answering from memory/);
  });
});
