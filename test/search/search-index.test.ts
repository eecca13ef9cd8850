import assert from 'node:assert/strict';
import { buildIndex, buildSegment } from '../../src/search/build-index.ts';
import { SearchIndex } from '../../src/search/search-index.ts';
import { parseQuery, searchIndex } from '../../src/search/query.ts';
import { shippedCorpus } from '../helpers.ts';

/** The shipped passages in one segment and cut into three: the index the store serves is made of segments. */
async function both() {
  const c = await shippedCorpus();
  const passages = [...c.passages.values()];
  const third = Math.ceil(passages.length / 3);
  const parts = [0, 1, 2].map((k) => passages.slice(k * third, (k + 1) * third));
  return { c, one: buildIndex(passages), three: new SearchIndex(parts.map((p) => buildSegment(p))) };
}

describe('SearchIndex (segments searched as one)', () => {
  it('counts, lists and names passages across segments exactly as one index does', async () => {
    const { one, three } = await both();
    assert.equal(three.segments.length, 3);
    assert.deepEqual(three.refs, one.refs);
    assert.deepEqual([...three.terms()].sort(), [...one.terms()].sort());
    for (const t of one.terms()) {
      assert.equal(three.documentFrequency(t), one.documentFrequency(t), t);
      assert.deepEqual(Array.from(three.passagesWith(t)), Array.from(one.passagesWith(t)), t);
    }
    assert.equal(three.documentFrequency('khongcotu'), 0);
  });

  it('finds the same best passages for questions whichever segment holds them', async () => {
    const { c, one, three } = await both();
    for (const q of ['huy hiệu 30 năm tuổi đảng', 'văn bản đến', 'đại hội đại biểu', 'Hoi nghi tong ket cong tac van phong', 'khen thưởng tập thể']) {
      const a = searchIndex(one, parseQuery(q), 3, c.passages);
      const b = searchIndex(three, parseQuery(q), 3, c.passages);
      assert.ok(a.length > 0, q);
      assert.equal(b[0].ref, a[0].ref, q);
    }
  });
});
