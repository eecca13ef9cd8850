import assert from 'node:assert/strict';
import { startHarness } from './harness.ts';
import { tempDir } from '../helpers.ts';

describe('buttons after a restart', function () {
  this.timeout(30_000);

  it('"More sources" on an answer from before a restart still pages, from the kept state its custom id names', async () => {
    const dataDir = await tempDir();
    const first = await startHarness({ dataDir });
    const { id } = first.fake.command('search', { query: 'văn phòng tỉnh', limit: 10 });
    const answered = await first.fake.responseTo(id);
    const data = answered.body.data;
    const message = { ...first.fake.message(data), embeds: data.embeds, components: data.components };
    await first.stop();

    // A new process: new client, new engine, nothing in memory from before.
    const second = await startHarness({ dataDir });
    try {
      const more = data.components[0].components.find((c: { custom_id?: string }) => c.custom_id?.startsWith('v2:src:'));
      const click = second.fake.button(more.custom_id, message);
      const r = await second.fake.responseTo(click.id);
      assert.equal(r.body.type, 7);
      assert.match(r.body.data.embeds[0].fields[0].name, /^\[6\]/);
    } finally {
      await second.stop();
    }
  });
});
