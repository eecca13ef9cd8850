import assert from 'node:assert/strict';
import lunr from 'lunr';
import { buildSegment } from '../../src/search/build-index.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { BIGRAM_JOINER } from '../../src/search/pipeline.ts';
import { shippedCorpus } from '../helpers.ts';
import type { Passage } from '../../src/model/report.ts';

/**
 * The index is written directly, not through lunr.Builder (build-index.ts):
 * this builds the same passages with lunr.Builder and our pipeline expressed
 * as a Lunr tokenizer and pipeline function, and asks for the same terms,
 * postings, vectors and search results.
 */
const bigrams: lunr.PipelineFunction = (token, i, tokens) => {
  const out = [token];
  const next = tokens[i + 1];
  if (next) out.push(token.clone(() => `${token}${BIGRAM_JOINER}${next}`));
  return out;
};
lunr.Pipeline.registerFunction(bigrams, 'testBigrams');

function lunrBuilt(passages: Passage[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.add(bigrams);
  (builder as unknown as { tokenizer: (s: unknown) => lunr.Token[] }).tokenizer = (s) => tokenize(String(s ?? '')).map((t) => new lunr.Token(t.folded, {}));
  builder.metadataWhitelist = [];
  builder.ref('n');
  builder.field('text');
  passages.forEach((p, i) => {
    builder.add({ n: String(i), text: p.text });
  });
  return builder.build();
}

type Inverted = Record<string, { _index: number; text: Record<string, unknown> }>;

describe('buildSegment', () => {
  it('writes the index lunr.Builder would, term for term and weight for weight', async () => {
    const passages = [...(await shippedCorpus()).passages.values()];
    const ours = buildSegment(passages);
    const theirs = lunrBuilt(passages) as unknown as { invertedIndex: Inverted; fieldVectors: Record<string, { elements: number[] }> };
    const terms = Object.keys(theirs.invertedIndex).sort();
    assert.deepEqual(ours.terms(), terms);
    const index = ours.lunr as unknown as { invertedIndex: Inverted; fieldVectors: Record<string, { elements: number[] }> };
    for (const t of terms) {
      assert.equal(index.invertedIndex[t]._index, theirs.invertedIndex[t]._index, t);
      assert.deepEqual(Object.keys(index.invertedIndex[t].text).sort(), Object.keys(theirs.invertedIndex[t].text).sort(), t);
    }
    for (let d = 0; d < passages.length; d++) {
      const a = index.fieldVectors[`text/${d}`].elements;
      const b = theirs.fieldVectors[`text/${d}`].elements;
      assert.equal(a.length, b.length, `passage ${d}`);
      // Saved weights are 32-bit floats: equal to Lunr's to that precision.
      for (let k = 0; k < a.length; k++) assert.equal(a[k], Math.fround(b[k]), `passage ${d}, entry ${k}`);
    }
  });

  it("ranks searches as lunr.Builder's index does", async () => {
    const passages = [...(await shippedCorpus()).passages.values()];
    const ours = buildSegment(passages).lunr;
    const theirs = lunrBuilt(passages);
    for (const q of ['hoi nghi tong ket', 'van ban', 'dang vien', 'dai_hoi', 'chu tri']) {
      const a = ours.search(q);
      const b = theirs.search(q);
      assert.ok(a.length > 0, q);
      assert.deepEqual(
        a.map((r) => r.ref),
        b.map((r) => r.ref),
        q,
      );
      a.forEach((r, i) => {
        assert.ok(Math.abs(r.score - b[i].score) < 1e-4, q);
      });
    }
  });

  it('indexes an empty passage and an empty corpus without failing', () => {
    const empty = buildSegment([]);
    assert.deepEqual(empty.terms(), []);
    const one = buildSegment([{ id: 'a', doc: 'a', paragraph: 1, text: '— … —' }]);
    assert.equal(one.refs.length, 1);
    assert.deepEqual(one.lunr.search('a'), []);
  });
});
