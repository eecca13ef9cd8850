/** "I did not understand — did you mean …": only for a word no report holds, and never for a question the reports answer. */
import assert from 'node:assert/strict';
import { shippedEngine } from '../../helpers.ts';
import type { Engine } from '../../../src/engine.ts';

describe('answer/by-evidence/unknown-words', () => {
  let engine: Engine;
  before(async () => {
    engine = (await shippedEngine()).warm();
  });
  const ask = (question: string) => engine.answer({ kind: 'ask', question })!;

  it('a counted thing no report mentions is said so, with the kinds of figure the reports give, the closest meetings cited, and a search to try', () => {
    for (const [question, thing] of [
      ['how many bicycles were bought in 2020?', 'bicycles'],
      ['năm 2019 có bao nhiêu xe đạp?', 'xe đạp'],
    ] as const) {
      const a = ask(question);
      assert.equal(a.found, false, question);
      assert.match(a.answer, new RegExp(`“${thing}”`));
      assert.match(a.answer, /Documents received|Văn bản đến/);
      assert.match(a.answer, /\/search|\/tìm/);
      // Nothing is quoted as if it answered: the meetings are named by their headline only.
      assert.ok(a.citations.length > 0 && a.citations.every((c) => c.paragraph === 0), question);
    }
  });

  it('a name no report mentions, in a Vietnamese question, is said so', () => {
    const a = ask('ai là thị trưởng Paris?');
    assert.equal(a.found, false);
    assert.match(a.answer, /không báo cáo nào nhắc đến “Paris”/);
  });

  it('leaves alone what the reports hold: known nouns, English capitals, accentless words, typos it can read', () => {
    for (const question of [
      'how many documents were issued in 2019?',
      'bao nhiêu văn bản đến năm 2019?',
      "Who attended the Party Congress of the Provincial People's Committee Office in 2020?",
      'nam 2019 van phong ban hanh bao nhieu van ban',
      'who atended the 2020 congres?',
    ]) {
      const a = ask(question);
      assert.equal(a.found, true, question);
      assert.doesNotMatch(a.answer, /did not understand|chưa hiểu/, question);
    }
  });
});
