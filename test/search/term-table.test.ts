import assert from 'node:assert/strict';
import { TermTable } from '../../src/search/term-table.ts';
import { shippedCorpus } from '../helpers.ts';

describe('search/term-table', () => {
  it('numbers every term of the shipped index as its rank in sorted order, and finds no other', async () => {
    const corpus = await shippedCorpus();
    const terms = corpus.index.terms();
    assert.ok(terms.length > 1000);
    const table = TermTable.of(terms);
    const sorted = [...terms].sort();
    assert.equal(table.size, sorted.length);
    sorted.forEach((t, i) => {
      assert.equal(table.indexOf(t), i, t);
      assert.equal(table.at(i), t);
    });
    assert.deepEqual(table.all(), sorted);
    // Neighbours that are not terms: a prefix, a term with a letter more, one before the first and after the last.
    for (const t of ['', 'a', sorted[0].slice(0, -1), `${sorted[0]}a`, `${sorted[sorted.length - 1]}z`, 'zzzz_zzzz', 'van_ban_', '_van'])
      if (!sorted.includes(t)) assert.equal(table.indexOf(t), -1, t);
  });

  it('orders as strings sort (accented and other scripts included), is empty when empty, and lists words without pairs', () => {
    const terms = ['hội', 'hoi', 'hoi_nghi', 'đ', 'z', 'ä', '中文', 'a_b', '2019'];
    const table = TermTable.of(terms);
    for (const t of terms) assert.equal(table.at(table.indexOf(t)), t);
    assert.deepEqual(table.all(), [...terms].sort());
    const words: string[] = [];
    table.forEach((w) => {
      words.push(w);
    }, '_');
    assert.deepEqual(
      words,
      [...terms].sort().filter((t) => !t.includes('_')),
    );
    const empty = new TermTable('');
    assert.equal(empty.size, 0);
    assert.equal(empty.indexOf('a'), -1);
    assert.deepEqual(empty.all(), []);
  });
});
