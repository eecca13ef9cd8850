import assert from 'node:assert/strict';
import { readFollowUp } from '../../src/understand/follow-up.ts';
import { FOLLOW_UPS } from '../../src/lexicon/followups.ts';
import { understand } from '../../src/understand/understand.ts';

const turn = (question: string) => ({ question, lang: understand(question).lang, reports: ['hoi-nghi.txt'] });

describe('understand/follow-up', () => {
  it('reads every example in followups.json as its kind, and a change as the question it asks', () => {
    for (const ex of FOLLOW_UPS.examples) {
      const f = readFollowUp(turn(ex.previous), ex.question);
      assert.equal(f.kind, ex.kind, `${ex.previous} → ${ex.question}`);
      if (ex.asks) assert.equal(f.question, ex.asks, ex.question);
      if (f.kind === 'same-meeting') assert.equal(f.doc, 'hoi-nghi.txt');
    }
  });

  it('inherits nothing without a previous question, nor when the question names its own meeting', () => {
    assert.deepEqual(readFollowUp(null, 'and in 2018?'), { kind: 'new', question: 'and in 2018?' });
    assert.equal(readFollowUp(turn('who attended the 2020 congress?'), 'who chaired the 2015 congress?').kind, 'new');
    assert.equal(readFollowUp(turn('who attended the 2020 congress?'), 'who chaired it in Tiền Giang?').kind, 'new');
  });

  it('a year not asked as a change, or a word that only folds like a pronoun, is not a follow-up', () => {
    // "đó" only with its accents: "do" is "by" in "do X chủ trì".
    assert.equal(readFollowUp(turn('ai dự đại hội năm 2020?'), 'hoi nghi do ai chu tri').kind, 'new');
    // A long question with a year is a question of its own, not a change of the last one.
    assert.equal(readFollowUp(turn('who attended the 2020 congress?'), 'how many documents did the office issue in 2019?').kind, 'new');
  });

  it("a change with no year in the previous question adds one, in the previous question's language", () => {
    assert.equal(readFollowUp(turn('ai chủ trì đại hội?'), 'còn năm 2015 thì sao?').question, 'ai chủ trì đại hội năm 2015?');
    assert.equal(readFollowUp(turn('who chaired the congress?'), 'and in 2015?').question, 'who chaired the congress in 2015?');
  });
});
