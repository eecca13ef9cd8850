import assert from 'node:assert/strict';
import { findNumbers, numericValues, parseNumberToken } from '../../src/text/numbers.ts';

describe('text/numbers', () => {
  it('reads dots as thousands and commas as decimals', () => {
    assert.equal(parseNumberToken('30.900'), 30900);
    assert.equal(parseNumberToken('153.000'), 153000);
    assert.equal(parseNumberToken('1.881'), 1881);
    assert.equal(parseNumberToken('3,5'), 3.5);
  });

  it('finds qualifiers, percentages, ratios and scale words', () => {
    const [a, b] = findNumbers('xử lý trên 30.900 văn bản (tăng 3,5% so với');
    assert.deepEqual([a.value, a.qualifier, a.percent], [30900, 'over', false]);
    assert.deepEqual([b.value, b.percent], [3.5, true]);
    const [r] = findNumbers('hoàn thành 140/145 nội dung');
    assert.deepEqual([r.value, r.of], [140, 145]);
    const [n] = findNumbers('gần 2 nghìn cuộc họp');
    assert.deepEqual([n.value, n.qualifier], [2000, 'nearly']);
    const [h] = findNumbers('hơn 1,2 triệu lượt');
    assert.equal(h.value, 1200000);
    // A vạn is ten thousand.
    const [v, w] = findNumbers('gần 3 vạn văn bản, 2,5 vạn lượt');
    assert.deepEqual([v.value, v.qualifier, w.value], [30000, 'nearly', 25000]);
  });

  it('collects values written either way for grounding checks', () => {
    const v = numericValues('over 30,900 documents, up 3.5%; trên 10.500; gần 3 vạn');
    assert.ok(v.has(30900) && v.has(3.5) && v.has(10500) && v.has(30000));
  });
});
