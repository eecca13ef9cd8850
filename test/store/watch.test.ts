import assert from 'node:assert/strict';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusWatcher, type CorpusDiff } from '../../src/store/watch.ts';
import { writeCorpus } from '../helpers.ts';
import { HDND_REPORT, CONGRESS_REPORT } from '../fixtures.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('store/watch', function () {
  this.timeout(20_000);

  it('a touch is not a change (once the background hashing has run), an edit is, and a new file is added', async () => {
    const dir = await writeCorpus({ 'a.txt': HDND_REPORT, 'b.txt': CONGRESS_REPORT });
    const diffs: CorpusDiff[] = [];
    const w = new CorpusWatcher(dir, (d) => void diffs.push(d), 100);
    await w.start();
    try {
      await pause(300); // the background hashing has run
      const later = new Date(Date.now() + 5_000);
      await utimes(join(dir, 'a.txt'), later, later);
      await pause(600);
      assert.deepEqual(diffs, [], 'a touch (same content, new time) is not a change');
      await writeFile(join(dir, 'b.txt'), CONGRESS_REPORT.replace('2025', '2026'));
      await writeFile(join(dir, 'c.txt'), HDND_REPORT);
      await pause(600);
      assert.deepEqual(diffs, [{ added: ['c.txt'], changed: ['b.txt'], removed: [] }]);
    } finally {
      w.stop();
    }
  });
});
