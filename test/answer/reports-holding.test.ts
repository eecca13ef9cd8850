import assert from 'node:assert/strict';
import { loadCorpus } from '../../src/store/load.ts';
import { reportsHolding } from '../../src/answer/reports-holding.ts';
import { tempDir, writeCorpus } from '../helpers.ts';

describe('answer/reports-holding', () => {
  it('finds the reports holding a phrase from the index postings, adjacent words adjacent, the same on a built and on a loaded index', async () => {
    const corpusDir = await writeCorpus({
      'a.txt': 'Tổng kết năm 2021\n\nVăn phòng tiếp nhận 1.200 văn bản đến.\n',
      'b.txt': 'Tổng kết năm 2022\n\nĐến nay, văn bản hướng dẫn đã ban hành đủ.\n',
      'c.txt': 'Tổng kết năm 2023\n\nPhục vụ 300 cuộc họp.\n',
    });
    const cacheDir = await tempDir();
    const built = await loadCorpus({ corpusDir, cacheDir });
    const loaded = await loadCorpus({ corpusDir, cacheDir });
    assert.deepEqual([built.cache, loaded.cache], ['built', 'hit']);
    for (const c of [built, loaded]) {
      assert.deepEqual([...reportsHolding(c, ['van', 'ban', 'den'])].sort(), ['a.txt']);
      assert.deepEqual([...reportsHolding(c, ['van', 'ban'])].sort(), ['a.txt', 'b.txt']);
      // "đến" and "văn bản" both in b, but never "văn bản đến".
      assert.deepEqual([...reportsHolding(c, ['den'])].sort(), ['a.txt', 'b.txt']);
      assert.deepEqual([...reportsHolding(c, ['xe', 'dap'])], []);
      assert.deepEqual([...reportsHolding(c, [])], []);
    }
  });
});
