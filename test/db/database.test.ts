import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'libsql';
import { BotDatabase } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/open.ts';
import { onLog } from '../../src/log.ts';
import { tempDir } from '../helpers.ts';

const vote = (message: string, user = '1400000000000000001', at = new Date().toISOString()) => ({
  at,
  user,
  message,
  vote: 'up' as const,
  question: 'ai dự đại hội?',
  intent: 'attendees',
  reports: ['001.txt'],
});

const logged = () => {
  const lines: string[] = [];
  const stop = onLog((l) => lines.push(`${l.level}: ${l.msg}`));
  return { lines, stop };
};

describe('db/database', () => {
  it('keeps votes, questions and settings across a restart; one vote per member per answer; members only as salted hashes', async () => {
    const path = join(await tempDir(), 'data', 'bot.db'); // its folder is made when opened
    const first = BotDatabase.open({ path });
    assert.equal(await first.votes.record(vote('m1')), true);
    await first.questions.record({
      at: new Date().toISOString(),
      guild: 'g1',
      user: '1400000000000000001',
      question: 'ai dự?',
      lang: 'vi',
      intent: 'attendees',
      found: true,
      reports: [],
    });
    await first.settings.update('g1', (s) => ({ ...s, privateByDefault: true, followUpMinutes: 3 }));
    first.close();

    const again = BotDatabase.open({ path });
    assert.equal(await again.votes.record({ ...vote('m1'), vote: 'down' }), false, 'the first vote still counts');
    assert.equal(await again.votes.voteOf('m1', '1400000000000000001'), 'up');
    assert.equal(await again.votes.voteOf('m1', '1400000000000000002'), null);
    assert.deepEqual([again.settings.get('g1').privateByDefault, again.settings.get('g1').followUpMinutes], [true, 3]);
    assert.equal(again.settings.get('another').privateByDefault, false, 'a server with no settings has the defaults');
    assert.equal(again.stats().asked, 1);
    again.close();
    // Nothing in the file is the member id.
    const raw = new Database(path, { readonly: true });
    const rows = JSON.stringify([...raw.prepare('SELECT * FROM votes').all(), ...raw.prepare('SELECT * FROM questions').all()]);
    raw.close();
    assert.doesNotMatch(rows, /1400000000000000001/);
  });

  it('two processes writing at once lose nothing (WAL, busy timeout, one-step settings changes)', async function () {
    this.timeout(60_000);
    const path = join(await tempDir(), 'bot.db');
    BotDatabase.open({ path }).close(); // the schema, made once; the writers race on rows, not on creation
    const N = 150;
    const run = (name: string) =>
      new Promise<number>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'writer.ts'), path, name, String(N)], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`writer ${name} exited ${code}: ${err}`))));
      });
    await Promise.all([run('a'), run('b')]);
    const db = BotDatabase.open({ path });
    const s = db.stats({ days: 1 });
    assert.equal(s.asked, 2 * N);
    assert.equal(s.votes.up + s.votes.down, 2 * N);
    assert.equal(db.settings.get('g').mentions.never.length, 2 * N, 'every read-modify-write of the shared row landed');
    db.close();
  });

  it('a damaged database file is moved aside with a plain message, and a fresh one serves', async () => {
    const dir = await tempDir();
    const path = join(dir, 'bot.db');
    await writeFile(path, 'not a database: a half-copied backup, say'.repeat(200));
    const { lines, stop } = logged();
    try {
      const db = BotDatabase.open({ path });
      assert.equal(db.inMemory, false);
      assert.equal(await db.votes.record(vote('m1')), true);
      db.close();
    } finally {
      stop();
    }
    const aside = (await readdir(dir)).filter((f) => f.startsWith('bot.db.damaged-'));
    assert.equal(aside.length, 1);
    assert.match(await readFile(join(dir, aside[0]!), 'utf8'), /half-copied backup/, 'the damaged file is kept, not deleted');
    assert.ok(
      lines.some((l) => /^error: The database .*bot\.db is damaged .*moved to .*bot\.db\.damaged-.* a new one started/.test(l)),
      lines.join('\n'),
    );
  });

  it('a database made by a newer version, or a folder it cannot be made in, is served from memory, and says so', async () => {
    const dir = await tempDir();
    const newer = join(dir, 'newer.db');
    const made = new Database(newer);
    made.exec('PRAGMA user_version = 99');
    made.close();
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, 'a file where the folder should be');
    for (const [path, why] of [
      [newer, /made by a newer version of the bot \(schema 99/],
      [join(blocked, 'bot.db'), /Could not open the database/],
    ] as const) {
      const { lines, stop } = logged();
      try {
        const db = BotDatabase.open({ path });
        assert.equal(db.inMemory, true);
        assert.equal(await db.votes.record(vote('m1')), true, 'it still takes votes, for this run');
        db.close();
      } finally {
        stop();
      }
      assert.ok(
        lines.some((l) => why.test(l)),
        lines.join('\n'),
      );
      assert.ok(lines.some((l) => /in memory only: they will be lost at exit/.test(l)));
    }
    const check = new Database(newer, { readonly: true });
    assert.equal((check.prepare('PRAGMA user_version').all()[0] as { user_version: number }).user_version, 99, 'the newer database is left as it was');
    check.close();
  });

  it('moves the older votes file in once, keeping its salt so that its voters still match', async () => {
    const dir = await tempDir();
    const salt = 'an-older-install-salt-of-some-length';
    await writeFile(join(dir, '.feedback-salt'), `${salt}\n`);
    const { hashUser } = await import('../../src/db/salt.ts');
    const old = (message: string) => JSON.stringify({ ...vote(message), user: hashUser(salt, '1400000000000000001') });
    await writeFile(join(dir, 'feedback.jsonl'), `${old('m1')}\n${old('m2')}\n{"half a line`);
    const opts = { path: join(dir, 'bot.db'), legacyVotesFile: join(dir, 'feedback.jsonl'), legacySaltFile: join(dir, '.feedback-salt') };
    const db = BotDatabase.open(opts);
    assert.equal(await db.votes.voteOf('m2', '1400000000000000001'), 'up', 'the old vote is found for the same member');
    assert.equal(await db.votes.record(vote('m1')), false, 'and still counts as their vote');
    db.close();
    assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('feedback')).sort(), ['feedback.jsonl.imported']);
    const reopened = BotDatabase.open(opts);
    assert.equal(reopened.stats().votes.up, 2, 'imported once');
    reopened.close();
  });

  it('deletes questions and votes past the retention, at open and on prune', async () => {
    const path = join(await tempDir(), 'bot.db');
    const db = BotDatabase.open({ path, retentionDays: 30 });
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString();
    await db.votes.record(vote('old', undefined, old));
    await db.votes.record(vote('recent'));
    await db.questions.record({ at: old, guild: null, user: 'u', question: 'old', lang: null, intent: null, found: false, reports: [] });
    assert.equal(db.prune(), 2);
    assert.equal(await db.votes.voteOf('recent', '1400000000000000001'), 'up');
    assert.equal(await db.votes.voteOf('old', '1400000000000000001'), null);
    db.close();
  });

  it('a server setting stored in a shape this version cannot read falls back to the default for that field only', async () => {
    const path = join(await tempDir(), 'bot.db');
    BotDatabase.open({ path }).close();
    const raw = new Database(path);
    raw
      .prepare('INSERT INTO server_settings (guild, settings, updated_at) VALUES (?, ?, ?)')
      .run('g', JSON.stringify({ privateByDefault: 'yes', language: 'vi' }), 'x');
    raw.close();
    const db = BotDatabase.open({ path });
    const s = db.settings.get('g');
    assert.deepEqual([s.privateByDefault, s.language, s.mentions.only], [false, 'vi', null]);
    db.close();
  });

  it('migrations run once, in order, each step in a transaction (a failing step leaves the step before whole)', async () => {
    const path = join(await tempDir(), 'steps.db');
    const steps = [
      { version: 1, name: 'one', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'two', sql: 'CREATE TABLE b (x); CREATE TABLE b (y)' }, // fails half-way: nothing of it may stay
    ];
    const { db, inMemory } = openDatabase(path, steps.slice(0, 1));
    assert.equal(inMemory, false);
    db.close();
    // A broken step is the program's fault, not the file's: it stops the start (tests catch it), and the file keeps step 1 whole.
    assert.throws(() => openDatabase(path, steps), /table b already exists/);
    const check = new Database(path, { readonly: true });
    const tables = (check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    const version = (check.prepare('PRAGMA user_version').all()[0] as { user_version: number }).user_version;
    check.close();
    assert.deepEqual([tables, version], [['a'], 1]);
  });
});
