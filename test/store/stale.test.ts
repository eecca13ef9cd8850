import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Engine } from '../../src/engine.ts';
import { forgetReadSegments, loadCorpus, loadStaleCorpus } from '../../src/store/load.ts';
import { storeCode } from '../../src/store/code-version.ts';
import { LIMITS } from '../../src/limits.ts';
import { tempDir, writeCorpus } from '../helpers.ts';

const report = (i: number) =>
  `Văn phòng UBND tỉnh Hà Nam tổng kết công tác năm ${2000 + (i % 20)}\n\nNgày 15/1, Văn phòng tổ chức hội nghị tổng kết. Trong năm, Văn phòng đã tiếp nhận ${1000 + i} văn bản đến.\n\nMinh Anh\n`;

/** Make the store in `cacheDir` look written by other code of the same format (an upgrade that changed an extractor). */
async function pretendOtherCode(cacheDir: string, readable?: string): Promise<string> {
  const other = storeCode().replace(/[0-9a-f]{16}$/, '0'.repeat(16));
  for (const f of await readdir(cacheDir)) {
    const path = join(cacheDir, f);
    if (f.startsWith('store-')) {
      const m = JSON.parse(await readFile(path, 'utf8'));
      m.code = other;
      if (readable !== undefined) m.readable = readable;
      await writeFile(path, JSON.stringify(m));
    } else if (f.startsWith('seg-')) {
      const bytes = await readFile(path);
      const cut = bytes.indexOf(0x0a);
      const head = JSON.parse(bytes.subarray(0, cut).toString('utf8'));
      head.code = other;
      await writeFile(path, Buffer.concat([Buffer.from(JSON.stringify(head)), bytes.subarray(cut)]));
    }
  }
  return other;
}

describe('store: serving the previous version’s store after an upgrade', () => {
  it('serves a store of other code in this format as stale, and the next update rebuilds it in this code', async () => {
    const corpusDir = await writeCorpus({ 'a.txt': report(1), 'b.txt': report(2), 'c.txt': report(3) });
    const cacheDir = await tempDir();
    const built = await loadCorpus({ corpusDir, cacheDir, segmentPassages: 3 });
    await pretendOtherCode(cacheDir);
    const stale = await loadStaleCorpus({ corpusDir, cacheDir });
    assert.equal(stale?.cache, 'stale');
    assert.deepEqual(
      stale?.reports.map((r) => r.id),
      built.reports.map((r) => r.id),
    );
    assert.equal(new Engine(stale!).ask('how many incoming documents did the office receive in 2002?').found, true);
    // This code's own load rebuilds it: every segment file left is this code's.
    const rebuilt = await loadCorpus({ corpusDir, cacheDir, segmentPassages: 3 });
    assert.equal(rebuilt.cache, 'built');
    for (const f of (await readdir(cacheDir)).filter((x) => x.startsWith('seg-'))) {
      const bytes = await readFile(join(cacheDir, f));
      assert.equal(JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')).code, storeCode(), f);
    }
    assert.equal(await loadStaleCorpus({ corpusDir, cacheDir }), null, 'a store of this code is not stale');
  });

  it('does not serve a store of another format, nor one without a format, nor a damaged one', async () => {
    const corpusDir = await writeCorpus({ 'a.txt': report(1) });
    for (const readable of ['9:0000000000000000', '']) {
      const cacheDir = await tempDir();
      await loadCorpus({ corpusDir, cacheDir });
      await pretendOtherCode(cacheDir, readable);
      assert.equal(await loadStaleCorpus({ corpusDir, cacheDir }), null, readable);
    }
    const cacheDir = await tempDir();
    await loadCorpus({ corpusDir, cacheDir });
    await pretendOtherCode(cacheDir);
    for (const f of (await readdir(cacheDir)).filter((x) => x.startsWith('seg-'))) await writeFile(join(cacheDir, f), 'not a segment');
    forgetReadSegments(); // as a new process: segments this one read are not read again
    assert.equal(await loadStaleCorpus({ corpusDir, cacheDir }), null);
  });

  it('Engine.open serves it only when asked to, for a folder too large to rebuild before answering', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= LIMITS.inProcessReports; i++) files[`r${i}.txt`] = report(i);
    const corpusDir = await writeCorpus(files);
    const cacheDir = await tempDir();
    await loadCorpus({ corpusDir, cacheDir });
    await pretendOtherCode(cacheDir);
    assert.equal((await Engine.open({ corpusDir, cacheDir, serveStale: true })).corpus.cache, 'stale');
    assert.equal((await Engine.open({ corpusDir, cacheDir })).corpus.cache, 'built');
  });
});
