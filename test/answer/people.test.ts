import assert from 'node:assert/strict';
import { Engine } from '../../src/engine.ts';
import { peopleInQuestion, peopleWithTitles } from '../../src/answer/people.ts';
import { foldKey } from '../../src/text/normalize.ts';
import { writeCorpus, tempDir } from '../helpers.ts';

/** Two offices' reviews; only one names a Nguyễn Văn Phong, whose last two syllables fold to "văn phòng". */
const REPORTS: Record<string, string> = {
  'lc.txt': [
    'Văn phòng UBND tỉnh Lào Cai tổng kết công tác năm 2021',
    'Ngày 14/1/2022, Văn phòng UBND tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2021. Đồng chí Nguyễn Văn Phong, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.',
    'Năm 2021, Văn phòng đã tiếp nhận 41.250 văn bản đến.',
  ].join('\n\n'),
  'yb.txt': [
    'Văn phòng UBND tỉnh Yên Bái tổng kết công tác năm 2021',
    'Ngày 18/1/2022, Văn phòng UBND tỉnh Yên Bái tổ chức hội nghị tổng kết công tác năm 2021. Đồng chí Trần Huy Tuấn, Chủ tịch UBND tỉnh dự và chủ trì hội nghị.',
    'Năm 2021, Văn phòng đã tiếp nhận 30.900 văn bản đến.',
  ].join('\n\n'),
};

describe('answer/people', function () {
  this.timeout(20_000);
  let e: Engine;
  before(async () => {
    e = await Engine.open({ corpusDir: await writeCorpus(REPORTS), cacheDir: await tempDir() });
  });

  it('links a person by the whole name, with or without accents', () => {
    assert.deepEqual(peopleInQuestion(e.corpus, foldKey('Nguyễn Văn Phong dự những hội nghị nào')), ['Nguyễn Văn Phong']);
    assert.deepEqual(peopleInQuestion(e.corpus, 'nguyen van phong du nhung hoi nghi nao'), ['Nguyễn Văn Phong']);
  });

  it('“văn phòng” is not the tail of “Nguyễn Văn Phong”; a tail links only after an honorific', () => {
    assert.deepEqual(peopleInQuestion(e.corpus, foldKey('văn phòng nhận bao nhiêu văn bản đến')), []);
    assert.deepEqual(peopleInQuestion(e.corpus, foldKey('đồng chí Văn Phong dự hội nghị nào')), ['Nguyễn Văn Phong']);
  });

  it('a stated figure question about “văn phòng” counts every office, not one man’s meetings', () => {
    const a = e.answerStated({ intent: 'figure', what: 'văn bản đến văn phòng', lang: 'vi' });
    assert.ok(a.found);
    assert.deepEqual([...new Set(a.citations.map((c) => c.doc))].sort(), ['lc.txt', 'yb.txt']);
    assert.match(a.answer, /41\.250/);
    assert.match(a.answer, /30\.900/);
  });

  it('people by title: the holders the reports give that title, not a holder of a longer one', () => {
    assert.deepEqual(peopleWithTitles(e.corpus, [foldKey('Chủ tịch UBND tỉnh')]), ['Trần Huy Tuấn']);
    assert.deepEqual(peopleWithTitles(e.corpus, [foldKey('Phó Chủ tịch UBND tỉnh')]), ['Nguyễn Văn Phong']);
  });
});
