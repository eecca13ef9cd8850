import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { FakeDiscord } from './fake-discord.ts';
import { dataFiles, tempDir } from '../helpers.ts';

describe('sharding (discord.js ShardingManager) against the fake Discord', function () {
  this.timeout(60_000);
  let fake: FakeDiscord;
  let child: ChildProcess | null = null;
  let err = '';

  before(async () => {
    fake = new FakeDiscord();
    fake.shardCount = 2;
    await fake.start();
  });
  after(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child!.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await fake.close();
  });

  it('npm start with SHARDS=2: both shards identify, share one index cache, and both answer', async () => {
    const cacheDir = await tempDir();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        DISCORD_TOKEN: 'test-token',
        DISCORD_API_URL: fake.apiUrl,
        SHARDS: '2',
        ...(await dataFiles()),
        INDEX_CACHE_DIR: cacheDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (d) => (err += d));
    child.stdout!.on('data', (d) => (err += d));
    const deadline = Date.now() + 45_000;
    while (fake.connected < 2 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
    assert.equal(fake.connected, 2, err);
    assert.deepEqual(fake.identifies.map((i) => i.shard).sort(), [
      [0, 2],
      [1, 2],
    ]);
    // The manager built the cache once; no shard rebuilt it.
    assert.equal((err.match(/Index store updated/g) ?? []).length, 1, err);
    for (const shard of [0, 1]) {
      const id = `${shard}`;
      const before = fake.requests.length;
      fake.dispatch(
        'INTERACTION_CREATE',
        {
          id: `13000000000000000${id}1`,
          application_id: '1100000000000000001',
          type: 2,
          token: `shard-token-${id}`,
          version: 1,
          locale: 'en-US',
          channel_id: '1600000000000000009',
          channel: { id: '1600000000000000009', type: 1 },
          user: { id: '1400000000000000003', username: 'dm', discriminator: '0', global_name: null, avatar: null },
          app_permissions: '0',
          entitlements: [],
          authorizing_integration_owners: { '1': '1400000000000000003' },
          context: 1,
          data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'how many reports are there?' }] },
        },
        shard,
      );
      const r = await fake.responseTo(`13000000000000000${id}1`, 10_000, before);
      assert.match(r.body.data.embeds[0].description, /5 reports/);
    }
  });
});
