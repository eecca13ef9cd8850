import assert from 'node:assert/strict';
import { Conversations } from '../src/conversation.ts';
import { shippedEngine } from './helpers.ts';

describe('conversation', () => {
  it("a follow-up leans on the same conversation's last question within the window, and says what it assumed", async () => {
    const engine = await shippedEngine();
    const c = new Conversations(60_000);
    const first = c.request('a', 'who attended the 2020 congress?', undefined, 0);
    assert.deepEqual(first, { kind: 'ask', question: 'who attended the 2020 congress?' });
    c.remember('a', first, engine.answer(first)!, 0);
    const follow = c.request('a', 'and in 2015?', undefined, 30_000);
    assert.equal(follow.question, 'who attended the 2015 congress?');
    assert.match(follow.assumed ?? '', /previous question/);
    const answer = engine.answer(follow)!;
    assert.equal(answer.lines[0].text, follow.assumed, 'the answer says it first');
    assert.equal(answer.lines[0].kind, 'note');
    // Another conversation, or the same one after the window, starts afresh.
    assert.equal(c.request('b', 'and in 2015?', undefined, 30_000).question, 'and in 2015?');
    assert.equal(c.request('a', 'and in 2015?', undefined, 61_000).question, 'and in 2015?');
  });

  it('a conversation kept elsewhere (a snapshot) is taken up again; a kept value of the wrong shape is ignored; a window of its own applies', async () => {
    const engine = await shippedEngine();
    const c = new Conversations(60_000);
    const first = c.request('a', 'who attended the 2020 congress?', undefined, 0);
    c.remember('a', first, engine.answer(first)!, 0);
    const kept = JSON.parse(JSON.stringify(c.snapshot('a')));
    const later = new Conversations(60_000);
    later.restore('a', kept);
    assert.equal(later.request('a', 'and in 2015?', undefined, 30_000).question, 'who attended the 2015 congress?');
    // A server's shorter window (/settings) forgets sooner.
    assert.equal(later.request('a', 'and in 2015?', undefined, 30_000, 10_000).question, 'and in 2015?');
    for (const bad of [null, 'text', { ...kept, reports: 'x' }, { ...kept, lang: 'fr' }, { ...kept, at: '0' }]) {
      const fresh = new Conversations(60_000);
      fresh.restore('a', bad);
      assert.equal(fresh.request('a', 'and in 2015?', undefined, 30_000).question, 'and in 2015?', JSON.stringify(bad));
    }
  });

  it('"who chaired it?" asks about the report the last answer was about; a follow-up after it keeps the meeting\'s question', async () => {
    const engine = await shippedEngine();
    const c = new Conversations();
    const first = c.request('t', 'ai dự đại hội năm 2020?');
    const a1 = engine.answer(first)!;
    c.remember('t', first, a1);
    const same = c.request('t', 'ai chủ trì đại hội đó?');
    assert.equal(same.doc, a1.citations[0].doc);
    const a2 = engine.answer(same)!;
    assert.ok(a2.citations.every((x) => x.doc === a1.citations[0].doc));
    c.remember('t', same, a2);
    assert.equal(c.request('t', 'còn năm 2015 thì sao?').question, 'ai dự đại hội năm 2015?');
  });

  it('an answer that cites nothing leaves the conversation as it was', async () => {
    const engine = await shippedEngine();
    const c = new Conversations();
    const first = c.request('x', 'who attended the 2020 congress?');
    c.remember('x', first, engine.answer(first)!);
    const nothing = c.request('x', 'zzzz qqqq');
    c.remember('x', nothing, engine.answer(nothing)!);
    assert.equal(c.request('x', 'and in 2015?').question, 'who attended the 2015 congress?');
  });
});
