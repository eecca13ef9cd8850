import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { BotDatabase } from '../src/db/database.ts';
import { tempDir } from './helpers.ts';

const run = promisify(execFile);

describe('npm run stats', () => {
  it('prints questions per day, the share answered, the top unanswered questions and the feedback from the database', async function () {
    this.timeout(30_000);
    const dir = await tempDir();
    const db = BotDatabase.open({ path: join(dir, 'bot.db') });
    const at = new Date().toISOString();
    const ask = (question: string, found: boolean, guild = '1200000000000000001') =>
      db.questions.record({ at, guild, user: '1400000000000000001', question, lang: 'vi', intent: 'figure', found, reports: [] });
    await ask('bao nhiêu văn bản đến năm 2020?', true);
    await ask('Có bao nhiêu xe đạp? ', false);
    await ask('có  bao nhiêu xe đạp', false); // the same question, typed again
    await ask('who won the football?', false, '1200000000000000002');
    await db.votes.record({ at, user: 'u', message: 'm', vote: 'down', question: '', intent: null, reports: [] });
    db.close();
    const env = { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'warn' };
    const all = (await run('npx', ['tsx', 'src/stats-main.ts'], { env })).stdout;
    assert.match(all, /Questions in the last 14 days: 4, answered from the reports: 1 \(25%\)/);
    assert.match(all, /Most asked without an answer:\n1\. “có bao nhiêu xe đạp” ×2\n2\. “who won the football\?” ×1/);
    assert.match(all, /Feedback: 👍 0 · 👎 1 \(0% positive\)/);
    const one = (await run('npx', ['tsx', 'src/stats-main.ts', '--guild', '1200000000000000002'], { env })).stdout;
    assert.match(one, /server 1200000000000000002/);
    assert.match(one, /Questions in the last 14 days: 1, answered from the reports: 0 \(0%\)/);
    await assert.rejects(run('npx', ['tsx', 'src/stats-main.ts', '--days', 'lots'], { env }), (err: { stderr: string; code: number }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr, /--days: expected a whole number of days/);
      return true;
    });
  });
});
