import assert from 'node:assert/strict';
import { CitationList } from '../../src/answer/citations.ts';
import { reportsById } from '../../src/store/lookups.ts';
import type { Corpus } from '../../src/store/load.ts';
import type { Passage } from '../../src/model/report.ts';
import { shippedCorpus, writeCorpus, tempDir } from '../helpers.ts';
import { loadCorpus } from '../../src/store/load.ts';

function listFor(corpus: Corpus): CitationList {
  return new CitationList(reportsById(corpus), corpus.passages);
}

/** A body passage of at least this length from the shipped corpus (real text, real offsets). */
function longPassage(corpus: Corpus, min: number): Passage {
  const p = [...corpus.passages.values()].find((x) => x.text.length >= min);
  assert.ok(p, `the shipped corpus has a passage of ${min} characters`);
  return p;
}

describe('answer/citations', function () {
  this.timeout(20_000);
  let corpus: Corpus;
  before(async () => {
    corpus = await shippedCorpus();
  });

  it('numbers citations in the order first cited; spans close together in one passage share a number', () => {
    const p = longPassage(corpus, 600);
    const list = listFor(corpus);
    const a = list.citeIn(p, 0, 20);
    const b = list.citeIn(p, 30, 60);
    const far = list.citeIn(p, p.text.length - 20, p.text.length);
    assert.deepEqual([a, b, far], [1, 1, 2]);
    const [first, second] = list.finish();
    assert.equal(first.doc, p.doc);
    // Both near spans are bold in the one snippet, in the report's own words.
    const bold = (snippet: string) => [...snippet.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]);
    assert.equal(bold(first.snippet).length, 2, first.snippet);
    assert.ok(p.text.slice(0, 20).includes(bold(first.snippet)[0].trim()));
    assert.ok(p.text.slice(30, 60).includes(bold(first.snippet)[1].trim()));
    assert.equal(bold(second.snippet).length, 1, second.snippet);
  });

  it('a snippet holds the whole cited span even when it is longer than the snippet size', () => {
    const p = longPassage(corpus, 500);
    const list = listFor(corpus);
    list.citeIn(p, 0, 480);
    const [c] = list.finish();
    const words = p.text.slice(0, 480).split(/\s+/).filter(Boolean);
    for (const w of [words[1], words[Math.floor(words.length / 2)], words[words.length - 2]]) assert.ok(c.snippet.includes(w), w);
  });

  it('a span in a split paragraph is cited in the part that holds it', async () => {
    const sentence = 'Văn phòng đã tiếp nhận và xử lý hồ sơ đúng hạn theo quy định của pháp luật hiện hành. ';
    const long = `${sentence.repeat(20)}Năm 2021, Văn phòng đã tiếp nhận 41.250 văn bản đến.`;
    const c = await loadCorpus({ corpusDir: await writeCorpus({ 'a.txt': `Tổng kết năm 2021\n\n${long}` }), cacheDir: await tempDir() });
    const parts = [...c.passages.values()].filter((x) => x.id.startsWith(`a.txt#${x.paragraph}.`));
    assert.ok(parts.length > 1, 'the paragraph was split');
    const last = parts.find((x) => x.text.includes('41.250'));
    assert.ok(last && last !== parts[0], 'the figure is in a later part');
    const at = last.text.indexOf('41.250');
    // Offsets are within the part the span names.
    const list = listFor(c);
    list.cite({ doc: 'a.txt', passage: last.id, paragraph: last.paragraph, start: at, end: at + 6 }, [{ start: at, end: at + 6 }]);
    const [cited] = list.finish();
    assert.match(cited.snippet, /\*\*41\.250\*\*/);
    assert.equal(cited.paragraph, last.paragraph);
  });

  it('a line that is not a passage (a byline) is quoted whole, once', () => {
    const list = listFor(corpus);
    const doc = corpus.reports[0].id;
    assert.equal(list.citeText(doc, -1, 'Thu Trang'), 1);
    assert.equal(list.citeText(doc, -1, 'Thu Trang'), 1);
    const cited = list.finish();
    assert.equal(cited.length, 1);
    assert.equal(cited[0].snippet.replace(/\*\*/g, ''), 'Thu Trang');
  });
});
