/** /trend end to end on the fake Discord: the chart arrives as an attached PNG, shown in the embed, with every value quoted. */
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { startHarness, type Harness } from './harness.ts';
import { findNumbers } from '../../src/text/numbers.ts';

describe('Discord bot end to end: /trend', function () {
  this.timeout(60_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h?.stop());

  it('answers with an attached PNG chart and the embed listing every plotted value with its citation', async () => {
    const r = await h.fake.responseTo(h.fake.command('trend', { what: 'cuộc họp' }).id, 15_000);
    const data = r.body.data;
    assert.equal(r.files.length, 1);
    const file = r.files[0]!;
    assert.equal(file.name, 'trend.png');
    assert.equal(data.embeds[0].image.url, 'attachment://trend.png');
    const image = PNG.sync.read(file.data);
    assert.ok(image.width >= 640 && image.height >= 320, `${image.width}×${image.height}`);
    // The values listed are the quoted figures: each bullet quotes one, with its [n], and its source field holds it.
    const bullets = (data.embeds[0].description as string).split('\n').filter((l) => l.startsWith('• '));
    assert.ok(bullets.length >= 2, data.embeds[0].description);
    for (const b of bullets) {
      const m = /^• (\d{4}(?:–\d{4})?): «(.*)» \[(\d+)\]$/.exec(b);
      assert.ok(m, b);
      assert.ok(findNumbers(m[2]!.replace(/\\/g, '')).length > 0, b);
    }
    assert.ok(data.embeds[0].fields.length > 0);
    assert.deepEqual(data.allowed_mentions.parse, []);
  });

  it('a figure no report states answers without a chart, and says so', async () => {
    const r = await h.fake.responseTo(h.fake.command('trend', { what: 'bicycles' }).id, 15_000);
    assert.equal(r.files.length, 0);
    assert.match(r.body.data.embeds[0].description, /I do not know “bicycles” as a kind of figure/);
  });

  it('autocompletes the kinds of figure with the nouns the reports count', async () => {
    const ac = h.fake.autocomplete('trend', [{ name: 'what', value: 'meet', focused: true }]);
    const r = await h.fake.waitFor((q) => q.path.startsWith(`/interactions/${ac.id}/`));
    const choices = r.body.data.choices as { name: string; value: string }[];
    assert.deepEqual(
      choices.map((c) => c.value),
      ['cuộc họp'],
    );
  });
});
