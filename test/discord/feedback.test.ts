import assert from 'node:assert/strict';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FeedbackLog, type Vote } from '../../src/discord/feedback.ts';
import { tempDir } from '../helpers.ts';

const vote = (message: string, at = new Date().toISOString()): Vote => ({
  at,
  user: '1400000000000000001',
  message,
  vote: 'up',
  question: 'ai dự đại hội?',
  intent: 'attendees',
  reports: ['001.txt'],
});

describe('discord/feedback', () => {
  it('stores a salted hash of the voter, never the id; one vote per member per answer, across a restart', async () => {
    const path = join(await tempDir(), 'data', 'feedback.jsonl'); // its folder is made at the first vote
    assert.equal(await new FeedbackLog(path).record(vote('m1')), true);
    assert.equal(await new FeedbackLog(path).record(vote('m1')), false);
    const text = await readFile(path, 'utf8');
    assert.doesNotMatch(text, /1400000000000000001/);
    assert.equal(text.trim().split('\n').length, 1);
  });

  it('drops votes older than the retention when it reads the file, and on prune', async () => {
    const path = join(await tempDir(), 'feedback.jsonl');
    const log = new FeedbackLog(path, 30);
    await log.record(vote('recent'));
    await appendFile(path, `${JSON.stringify({ ...vote('old', new Date(Date.now() - 31 * 86_400_000).toISOString()), user: 'x' })}\n`);
    await log.prune();
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    assert.deepEqual(
      lines.map((l) => JSON.parse(l).message),
      ['recent'],
    );
    assert.equal(await log.record(vote('recent')), false, 'the kept vote still counts');
  });

  it('a vote that cannot be written fails as a failure (the user is told), not as "already voted", and the retry counts', async () => {
    const dir = await tempDir();
    const path = join(dir, 'blocked', 'feedback.jsonl');
    await writeFile(join(dir, 'blocked'), 'a file where the folder should be');
    const log = new FeedbackLog(path);
    await assert.rejects(log.record(vote('m1')));
    await assert.rejects(log.record(vote('m1')), 'a retry is not taken for a second vote');
  });
});
