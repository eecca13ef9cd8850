import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeDiscord, APP_ID, GUILD_ID } from './fake-discord.ts';
import { deployCommands } from '../../src/discord/deploy.ts';
import { parseConfig } from '../../src/config.ts';
import { commands } from '../../commands/index.ts';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { dataFiles, tempDir, writeCorpus } from '../helpers.ts';
import { Engine } from '../../src/engine.ts';
import { EXIT } from '../../src/discord/gateway-close.ts';
import { loginFailure } from '../../src/discord/bot.ts';

/** Can another user reach this folder (every folder up to the root lets others through)? */
function readableByOthers(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if ((statSync(d).mode & 0o005) !== 0o005) return false;
    if (dirname(d) === d) return true;
  }
}

describe('Discord operations', function () {
  this.timeout(30_000);
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = new FakeDiscord();
    await fake.start();
  });
  afterEach(async () => fake.close());

  it('deploy registers every command with Vietnamese localisations, to one server, idempotently', async () => {
    const config = parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    const first = await deployCommands(config, commands);
    assert.equal(first.scope, `server ${GUILD_ID}`);
    assert.deepEqual(first.added.sort(), commands.map((c) => c.data.name).sort());
    const registered = fake.commands.get(GUILD_ID)!;
    for (const c of registered) {
      assert.ok(c.name_localizations?.vi, `${c.name} has a vi name`);
      // A context-menu command (type 3) has a name only.
      if (c.type !== 3) assert.ok(c.description_localizations?.vi, `${c.name} has a vi description`);
    }
    assert.deepEqual(
      registered.filter((c) => c.type === 3).map((c) => [c.name, c.name_localizations.vi]),
      [['Ask the reports', 'Hỏi kho báo cáo']],
    );
    for (const name of ['reindex', 'settings', 'stats']) assert.equal(registered.find((c) => c.name === name).default_member_permissions, String(1 << 5));
    const puts = () => fake.requests.filter((r) => r.method === 'PUT').length;
    assert.equal(puts(), 1);
    const second = await deployCommands(config, commands);
    assert.deepEqual([second.added, second.changed, second.removed], [[], [], []]);
    assert.equal(second.unchanged.length, commands.length);
    assert.equal(puts(), 1, 'nothing changed, nothing sent');
  });

  it('deploys globally without a server id', async () => {
    const config = parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    const r = await deployCommands(config, commands);
    assert.equal(r.scope, 'global');
    assert.equal(fake.commands.get('global')?.length, commands.length);
  });

  it('npm start (the compiled bot, as the service runs it) logs "ready", answers in its answer thread, and closes cleanly on SIGTERM', async function () {
    this.timeout(90_000); // compiles first when the sources are newer than dist/
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl, ...(await dataFiles()), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const deadline = Date.now() + 80_000;
    while (!/Answers are made in a worker thread/.test(err) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    assert.match(err, /Ready: logged in as ReportsBot(#0)?, in 1 server\(s\)\./);
    assert.match(err, /Answers are made in a worker thread \(5 reports loaded\)/);
    const answer = await fake.responseTo(fake.command('ask', { question: 'who attended the 2020 congress?' }).id, 20_000);
    assert.match(JSON.stringify(answer.body.data.embeds), /Đảng ủy Khối các cơ quan tỉnh/);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(err, /SIGTERM received: closing the Discord connection/);
    assert.doesNotMatch(err, /tsx/, 'compiled JavaScript, not TypeScript on the fly');
  });

  /** `npm start` (src/main.ts) against the fake Discord, until it logs "Ready:". */
  async function startedBot() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.apiUrl, ...(await dataFiles()), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out = { err: '' };
    child.stderr.on('data', (d) => (out.err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 20_000;
    while (!/Ready:/.test(out.err) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
    assert.match(out.err, /Ready:/);
    return { child, out, exited };
  }

  it('a read-only cache folder holding a stale cache: the bot starts and answers from the current corpus', async function () {
    this.timeout(60_000);
    const shipped: Record<string, string> = {};
    for (const f of await readdir('corpus')) shipped[f] = await readFile(`corpus/${f}`, 'utf8');
    const corpusDir = await writeCorpus(shipped);
    const cacheDir = await tempDir();
    await Engine.open({ corpusDir, cacheDir }); // the caches of the corpus as it was
    await writeFile(
      join(corpusDir, 'hackathon.txt'),
      'Cuộc thi hackathon của Sở Khoa học và Công nghệ\n\nSáng 12/1/2022, Sở Khoa học và Công nghệ tổ chức cuộc thi hackathon cho thanh niên với 45 đội tham gia.\n',
    );
    // A cache folder the bot may read but not write. Not root: plain permissions. Root writes anywhere: the folder is
    // made immutable (chattr +i), or, where that is not allowed, the bot runs as "nobody" (if it can read the checkout).
    await chmod(corpusDir, 0o755);
    for (const f of await readdir(corpusDir)) await chmod(join(corpusDir, f), 0o644);
    for (const f of await readdir(cacheDir)) await chmod(join(cacheDir, f), 0o444);
    await chmod(cacheDir, 0o555);
    const dataDir = await tempDir();
    await chmod(dataDir, 0o777);
    const root = process.getuid?.() === 0;
    const immutable = root && spawnSync('chattr', ['+i', cacheDir]).status === 0;
    const asNobody = root && !immutable ? { uid: 65534, gid: 65534 } : {};
    if (root && !immutable && !readableByOthers(process.cwd())) {
      this.skip(); // neither way is open here: say so rather than pass
    }
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      ...asNobody,
      env: {
        ...process.env,
        DISCORD_TOKEN: 'test-token',
        DISCORD_API_URL: fake.apiUrl,
        CORPUS_DIR: corpusDir,
        DATA_DIR: dataDir,
        INDEX_CACHE_DIR: cacheDir,
        FEEDBACK_FILE: join(dataDir, 'feedback.jsonl'),
        ANSWER_STATE_FILE: join(dataDir, 'answers.jsonl'),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 40_000;
      while (!/Ready:/.test(err) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      assert.match(err, /Ready:/, err);
      assert.match(err, /cache folder .* cannot be written/);
      const q = fake.command('ask', { question: 'Cuộc thi hackathon có bao nhiêu đội tham gia?' });
      const answer = await fake.responseTo(q.id, 20_000);
      assert.match(JSON.stringify(answer.body.data.embeds), /45 đội/);
      assert.match(JSON.stringify(answer.body.data.embeds), /hackathon\.txt|hackathon/i);
    } finally {
      child.kill('SIGTERM');
      await exited;
      if (immutable) spawnSync('chattr', ['-i', cacheDir]);
      await chmod(cacheDir, 0o755);
    }
  });

  it('a gateway close no reconnect heals (4004, token rejected) says what to do and exits with its own code', async () => {
    const { out, exited } = await startedBot();
    fake.closeConnections(4004, 'Authentication failed.');
    const code = await Promise.race([exited, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 15_000))]);
    assert.equal(code, EXIT.gatewayFatal);
    assert.match(out.err, /rejected the token.*update DISCORD_TOKEN/);
    assert.doesNotMatch(out.err, /will reconnect/);
  });

  it('a gateway close that heals (1000) is logged and the bot connects again', async () => {
    const { child, out, exited } = await startedBot();
    const before = fake.identifies.length + fake.resumes;
    fake.closeConnections(1000, 'normal');
    const deadline = Date.now() + 25_000;
    while (fake.identifies.length + fake.resumes === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(fake.identifies.length + fake.resumes > before, 'it connected again');
    assert.match(out.err, /closed; reconnecting/);
    child.kill('SIGTERM');
    assert.equal(await exited, EXIT.clean);
  });

  it('a failed login says whether Discord was unreachable or the token was refused, in one sentence each', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
    assert.equal(
      loginFailure(dns),
      'Could not reach Discord (getaddrinfo ENOTFOUND discord.com). Check the network, DNS and DISCORD_API_URL if set; the token was not tried.',
    );
    const wrapped = Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    assert.match(loginFailure(wrapped), /^Could not reach Discord/);
    assert.equal(
      loginFailure(new Error('An invalid token was provided.')),
      'Could not log in to Discord: An invalid token was provided. Check DISCORD_TOKEN (and DISCORD_API_URL if set).',
    );
  });

  it('deploy against a Discord that never answers says so within its timeout, in words', async () => {
    const silent = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as AddressInfo).port;
    const config = parseConfig({ DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: `http://127.0.0.1:${port}/api` });
    const started = Date.now();
    try {
      await assert.rejects(
        deployCommands(config, commands, { timeoutMs: 500 }),
        /^Error: Discord did not answer within 0\.5 s at http:\/\/127\.0\.0\.1:\d+\/api; check the network \(and DISCORD_API_URL\)\. Nothing was changed\.$/,
      );
      assert.ok(Date.now() - started < 5000, 'one try, not four');
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  });
});
