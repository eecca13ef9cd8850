import assert from 'node:assert/strict';
import { Engine } from '../../src/engine.ts';
import { LEXICON } from '../../src/lexicon/lexicon.ts';
import { writeCorpus, tempDir } from '../helpers.ts';

/**
 * Every counted unit's examples, run through the whole engine: all the
 * example sentences stand in one review report, so each question must find
 * its own figure among everyone else's (a unit that also matches another's
 * sentence fails here, not in a user's answer).
 */
const EXAMPLES = LEXICON.units.flatMap((u) => (u.examples ?? []).map((ex) => ({ unit: u.vi[0], ...ex })));

describe('lexicon/units (counted units with examples)', function () {
  this.timeout(30_000);
  let e: Engine;
  before(async () => {
    const report = [
      'Văn phòng UBND tỉnh Sơn La tổng kết công tác năm 2022',
      'Ngày 10/1/2023, Văn phòng UBND tỉnh Sơn La tổ chức hội nghị tổng kết công tác năm 2022.',
      ...EXAMPLES.map((ex) => ex.report),
    ].join('\n\n');
    e = await Engine.open({ corpusDir: await writeCorpus({ 'sl.txt': report }), cacheDir: await tempDir() });
  });

  it('there are examples to run', () => assert.ok(EXAMPLES.length >= 5));

  for (const ex of EXAMPLES) {
    it(`"${ex.unit}": "${ex.question}" quotes ${ex.quotes}`, () => {
      const a = e.ask(ex.question);
      assert.ok(a.found, a.answer);
      const first = a.answer.split('\n').find((l) => /\d/.test(l) && !l.startsWith('**')) ?? '';
      assert.ok(first.includes(ex.quotes), `the first figure line should quote ${ex.quotes}:\n${a.answer}`);
      assert.ok(
        a.citations.some((c) => c.snippet.includes(ex.quotes)),
        'a citation quotes it',
      );
    });
  }
});
