/** A counted noun the lexicon does not know ("sáng kiến", "giấy khen"): a number counts it only in a clause that names it. */
import assert from 'node:assert/strict';
import { Engine } from '../../../src/engine.ts';
import { tempDir, writeCorpus } from '../../helpers.ts';

describe('answer/evidence/counts', () => {
  let engine: Engine;
  before(async () => {
    const corpusDir = await writeCorpus({
      'a.txt':
        'Văn phòng UBND tỉnh Hà Nam tổng kết năm 2021\n\nNgày 12/1/2022, Văn phòng UBND tỉnh Hà Nam tổng kết công tác năm 2021. Năm 2021, Văn phòng đã tiếp nhận 1.200 văn bản đến.\n\nNhiều sáng kiến cải cách hành chính được áp dụng trong năm. Dịp này, 45 tập thể, cá nhân được tặng giấy khen của Chánh Văn phòng.\n',
    });
    engine = (await Engine.open({ corpusDir, cacheDir: await tempDir() })).warm();
  });

  it("a noun the reports name but never count is not answered with another noun's figure", () => {
    const a = engine.answer({ kind: 'ask', question: 'năm 2021 có bao nhiêu sáng kiến?' })!;
    assert.equal(a.found, false);
    assert.doesNotMatch(
      a.lines
        .filter((l) => l.kind === 'item' && !/gần nhất|Closest/.test(l.text))
        .map((l) => l.text)
        .join('\n'),
      /1\.200/,
    );
  });

  it('a clause that names the noun counts it even when another noun follows the number', () => {
    const a = engine.answer({ kind: 'ask', question: 'bao nhiêu giấy khen được trao năm 2021?' })!;
    assert.equal(a.found, true);
    assert.match(a.answer, /45 tập thể, cá nhân được tặng giấy khen/);
  });
});
