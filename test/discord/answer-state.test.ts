import assert from 'node:assert/strict';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnswerStates } from '../../src/discord/answer-state.ts';
import { tempDir } from '../helpers.ts';

const state = (question: string) => ({
  request: { kind: 'ask' as const, question },
  question,
  intent: 'attendees',
  reports: ['001.txt'],
});

describe('discord/answer-state', () => {
  it('keeps what a button needs across a restart, by the key its custom id carries', async () => {
    const path = join(await tempDir(), 'answers.jsonl');
    const key = await new AnswerStates(path).remember({ ...state('ai dự đại hội?'), forUser: '1400000000000000001' });
    assert.match(key, /^[\w-]{8}$/);
    const later = await new AnswerStates(path).get(key);
    assert.equal(later?.question, 'ai dự đại hội?');
    assert.equal(later?.forUser, '1400000000000000001');
    assert.deepEqual(later?.request, { kind: 'ask', question: 'ai dự đại hội?' });
    assert.equal(await new AnswerStates(path).get('unknownKey1'), null);
  });

  it('forgets answers older than the retention, in the file too; newer ones keep their buttons', async () => {
    const path = join(await tempDir(), 'answers.jsonl');
    const fresh = await new AnswerStates(path).remember(state('new'));
    const old = { ...state('old'), key: 'oldKey12', at: new Date(Date.now() - 40 * 86_400_000).toISOString() };
    await appendFile(path, `${JSON.stringify(old)}\n`);
    assert.equal((await new AnswerStates(path, 100, 60).get('oldKey12'))?.question, 'old', 'within 60 days');
    const s = new AnswerStates(path, 100, 30);
    assert.equal(await s.get('oldKey12'), null);
    assert.equal((await s.get(fresh))?.question, 'new');
    assert.doesNotMatch(await readFile(path, 'utf8'), /oldKey12/);
  });

  it('skips damaged and half-written lines and keeps the others', async () => {
    const path = join(await tempDir(), 'answers.jsonl');
    const a = await new AnswerStates(path).remember(state('first'));
    await appendFile(path, '{"key": "broken", "request": {"kind": "nope"}}\nnot json at all\n{"key":"half');
    const b = await new AnswerStates(path).remember(state('second'));
    const s = new AnswerStates(path);
    assert.equal((await s.get(a))?.question, 'first');
    assert.equal((await s.get(b))?.question, 'second');
  });

  it('finds an answer another process wrote after it started (shards share the file)', async () => {
    const path = join(await tempDir(), 'answers.jsonl');
    const reader = new AnswerStates(path);
    assert.equal(await reader.get('notYetThere'), null);
    const key = await new AnswerStates(path).remember(state('from the other shard'));
    assert.equal((await reader.get(key))?.question, 'from the other shard');
  });

  it('keeps only the newest answers, rewriting the file whole', async () => {
    const path = join(await tempDir(), 'answers.jsonl');
    const w = new AnswerStates(path, 2);
    const keys = [];
    for (const q of ['one', 'two', 'three']) keys.push(await w.remember(state(q)));
    const r = new AnswerStates(path, 2);
    assert.equal(await r.get(keys[0]), null);
    assert.equal((await r.get(keys[2]))?.question, 'three');
    assert.equal((await readFile(path, 'utf8')).trim().split('\n').length, 2);
  });

  it('a file it cannot write does not stop the answer: its buttons work until a restart', async () => {
    const s = new AnswerStates(join(await tempDir(), 'no-such-folder', 'answers.jsonl'));
    const key = await s.remember(state('still works'));
    assert.equal((await s.get(key))?.question, 'still works');
  });
});
