import assert from 'node:assert/strict';
import lunr from 'lunr';
import { buildIndex } from '../../src/search/build-index.ts';
import { parseQuery, searchIndex } from '../../src/search/query.ts';
import { makeSnippet, plainSnippet } from '../../src/search/snippet.ts';
import { shippedCorpus } from '../helpers.ts';
import type { Passage } from '../../src/model/report.ts';

const P = (id: string, text: string): Passage => ({ id, doc: id, paragraph: 1, text });

describe('search', () => {
  it('finds accented passages from accentless and accented queries alike', async () => {
    const c = await shippedCorpus();
    const a = searchIndex(c.index, parseQuery('Huy hiệu 30 năm tuổi đảng'), 3);
    const b = searchIndex(c.index, parseQuery('huy hieu 30 nam tuoi dang'), 3);
    assert.ok(a[0].ref.startsWith('000'));
    assert.equal(b[0].ref, a[0].ref);
  });

  it('ranks a two-syllable phrase above the same syllables scattered', () => {
    const index = buildIndex([
      P('scattered', 'Văn phòng họp bàn về nghị quyết; hội viên tham gia đông đủ và nhiều nội dung khác.'),
      P('phrase', 'Văn phòng tổ chức hội nghị tổng kết công tác năm 2019 với nhiều nội dung khác.'),
    ]);
    const hits = searchIndex(index, parseQuery('hội nghị'), 2);
    assert.equal(hits[0].ref, 'phrase');
    const folded = searchIndex(index, parseQuery('hoi nghi'), 2);
    assert.equal(folded[0].ref, 'phrase');
  });

  it('never raises QueryParseError on Lunr syntax in user text', async () => {
    const c = await shippedCorpus();
    for (const q of ['title:văn', 'văn~2', 'nghị^10', 'hội*', '+đảng -viên', ':~^*+-', '"hội nghị"', 'a:b:c', '*', '-', '~']) {
      assert.doesNotThrow(() => searchIndex(c.index, parseQuery(q), 5), q);
    }
    // Raw text would throw: the reason queries are built programmatically.
    assert.throws(() => c.index.segments[0].lunr.search('hội:nghị:'), lunr.QueryParseError);
  });

  it('returns nothing for an empty or stop-word-only query', async () => {
    const c = await shippedCorpus();
    assert.deepEqual(searchIndex(c.index, parseQuery(''), 5), []);
    assert.deepEqual(searchIndex(c.index, parseQuery('who what the'), 5), []);
  });

  it('makes snippets of about 300 characters, cut at word boundaries, matches in bold', async () => {
    const c = await shippedCorpus();
    const p = c.passages.get('003_8038612a513faf96.txt#3')!;
    const s = makeSnippet(p.text, parseQuery('phần mềm quản lí văn bản').terms);
    const plain = plainSnippet(s);
    assert.ok(plain.length <= 340, `length ${plain.length}`);
    assert.ok(s.includes('**phần mềm quản lí văn bản**'), s);
    assert.ok(/^…\S/.test(s) && /\S…$/.test(s));
    const inner = plain.slice(1, -1);
    assert.ok(p.text.includes(inner), 'snippet quotes the passage');
    const at = p.text.indexOf(inner);
    assert.ok(at === 0 || p.text[at - 1] === ' ', 'starts at a word boundary');
  });
});
