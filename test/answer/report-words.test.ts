import assert from 'node:assert/strict';
import { loadCorpus } from '../../src/store/load.ts';
import { indexedWordsOf, locateInIndex, reportWords, wordsFromText } from '../../src/answer/report-words.ts';
import { splitSentences } from '../../src/text/sentences.ts';
import { tokenize } from '../../src/text/normalize.ts';
import { tempDir, writeCorpus } from '../helpers.ts';

describe('answer/report-words', () => {
  it('answers from the index postings exactly what the report text holds, over segments, on a built and a loaded store', async () => {
    const cacheDir = await tempDir();
    // A few passages per segment: reports in many segments, their passage numbers far from the segment's own.
    const opts = { corpusDir: 'corpus', cacheDir, segmentPassages: 7 };
    const built = await loadCorpus(opts);
    const loaded = await loadCorpus(opts);
    assert.ok(built.index.segments.length >= 3, 'the test needs several segments');
    for (const corpus of [built, loaded]) {
      locateInIndex(corpus);
      const vocabulary = new Set<string>();
      for (const r of corpus.reports) for (const w of wordsFromText(r).words) vocabulary.add(w);
      for (const r of corpus.reports) {
        const fromText = wordsFromText(r);
        const fromIndex = indexedWordsOf(r);
        assert.ok(fromIndex, `${r.id}: its body was not found in the index`);
        // Every word: held exactly when the text holds it (words of other reports are asked too).
        for (const w of vocabulary) assert.equal(fromIndex.words.has(w), fromText.words.has(w), `${r.id}: "${w}"`);
        // Every pair of a sentence is held; a pair of another report is held only where this report's passage runs the two words on.
        for (const p of fromText.pairs) assert.ok(fromIndex.pairs.has(p), `${r.id}: "${p}"`);
        const passagePairs = new Set(
          r.passages.flatMap((p) => {
            const t = tokenize(p.text);
            return t.slice(1).map((x, i) => `${t[i].folded} ${x.folded}`);
          }),
        );
        for (const other of corpus.reports)
          for (const p of wordsFromText(other).pairs)
            assert.equal(fromIndex.pairs.has(p), fromText.pairs.has(p) || passagePairs.has(p), `${r.id}: pair "${p}"`);
        // Headline and lead, as read from the text.
        for (const k of [...vocabulary].slice(0, 400)) {
          assert.equal(fromIndex.top.has(k), fromText.top.has(k), `${r.id}: top "${k}"`);
          assert.equal(fromIndex.lead.has(k), fromText.lead.has(k), `${r.id}: lead "${k}"`);
        }
        const lead = r.passages[0] ? splitSentences(r.passages[0].text).flatMap((s) => tokenize(s.text)) : [];
        for (const t of lead) assert.ok(fromIndex.lead.has(t.folded));
      }
    }
  });

  it('a report that is changed gets its words from the new segment', async () => {
    const corpusDir = await writeCorpus({
      'a.txt': 'Tổng kết năm 2021\n\nVăn phòng tiếp nhận 1.200 văn bản đến.\n',
      'b.txt': 'Tổng kết năm 2022\n\nPhục vụ 300 cuộc họp.\n',
    });
    const cacheDir = await tempDir();
    const before = await loadCorpus({ corpusDir, cacheDir, segmentPassages: 1 });
    locateInIndex(before);
    const b = before.reports.find((r) => r.id === 'b.txt')!;
    assert.equal(indexedWordsOf(b)?.words.has('cuoc'), true);
    assert.equal(indexedWordsOf(b)?.words.has('den'), false);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${corpusDir}/a.txt`, 'Tổng kết năm 2021\n\nVăn phòng tiếp nhận 1.500 văn bản đến và 20 tờ trình.\n');
    const after = await loadCorpus({ corpusDir, cacheDir, segmentPassages: 1 });
    locateInIndex(after);
    const a = after.reports.find((r) => r.id === 'a.txt')!;
    assert.equal(indexedWordsOf(a)?.words.has('trinh'), true);
    assert.equal(indexedWordsOf(a)?.pairs.has('to trinh'), true);
    assert.equal(indexedWordsOf(after.reports.find((r) => r.id === 'b.txt')!)?.words.has('hop'), true);
  });

  it('a report kept through a reload whose segment is rewritten (another report in it changed) answers from the new segment', async () => {
    const corpusDir = await writeCorpus({
      'a.txt': 'Tổng kết năm 2021\n\nVăn phòng tiếp nhận 1.200 văn bản đến.\n',
      'b.txt': 'Tổng kết năm 2022\n\nPhục vụ 300 cuộc họp.\n',
      'c.txt': 'Tổng kết năm 2023\n\nBan hành 45 tờ trình.\n',
    });
    const cacheDir = await tempDir();
    const opts = { corpusDir, cacheDir, segmentPassages: 100 }; // all three in one segment
    const before = await loadCorpus(opts);
    locateInIndex(before);
    const b0 = before.reports.find((r) => r.id === 'b.txt')!;
    assert.equal(reportWords(b0).words.has('cuoc'), true);
    const { writeFile, rm } = await import('node:fs/promises');
    await rm(`${corpusDir}/a.txt`);
    await writeFile(`${corpusDir}/c.txt`, 'Tổng kết năm 2023\n\nBan hành 45 tờ trình và 12 quyết định.\n');
    const after = await loadCorpus(opts);
    assert.equal(after.cache, 'built');
    locateInIndex(after);
    for (const r of after.reports) {
      const fromText = wordsFromText(r);
      for (const w of ['cuoc', 'hop', 'trinh', 'quyet', 'den', 'van']) assert.equal(reportWords(r).words.has(w), fromText.words.has(w), `${r.id}: ${w}`);
    }
  });
});
