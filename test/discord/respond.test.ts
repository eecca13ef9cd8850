import assert from 'node:assert/strict';
import { payload } from '../../src/discord/respond.ts';
import { notice } from '../../src/discord/render.ts';
import { localeLang, userLang } from '../../src/discord/messages.ts';
import { startHarness, type Harness } from './harness.ts';
import { BOT_ID, CHANNEL_ID } from './fake-discord.ts';

describe('discord/respond', () => {
  it('every payload is within the content limit and may ping only the users it names', () => {
    const long = payload({ content: 'x '.repeat(3000), embeds: [], components: [], allowedMentions: { parse: [] } });
    assert.ok(long.content.length <= 2000);
    const forged = payload({
      content: '<@1400000000000000001>',
      embeds: [],
      components: [],
      allowedMentions: { parse: [], users: ['1400000000000000001', 'everyone', '<@&1>'] },
    });
    assert.deepEqual(forged.allowedMentions, { parse: [], users: ['1400000000000000001'], repliedUser: false });
    assert.deepEqual(payload(notice('@everyone look')).allowedMentions, { parse: [], repliedUser: false });
  });

  it('speaks the user’s language: a Vietnamese locale, else what they wrote, else the server’s', () => {
    assert.equal(localeLang('vi'), 'vi');
    assert.equal(localeLang('en-GB'), 'en');
    assert.equal(userLang({ locale: 'vi', text: 'who attended?' }), 'vi');
    assert.equal(userLang({ locale: 'en-US', text: 'ai dự đại hội năm 2020?' }), 'vi');
    assert.equal(userLang({ locale: 'en-US', text: 'who attended?' }), 'en');
    assert.equal(userLang({ text: '', guildLocale: 'vi' }), 'vi');
    assert.equal(userLang({ text: '', guildLocale: 'en-US' }), 'en');
  });

  describe('on a Vietnamese server', function () {
    this.timeout(30_000);
    let h: Harness;
    before(async () => {
      h = await startHarness({ guildLocale: 'vi' });
    });
    after(async () => h.stop());

    it('a bare mention gets help in the server’s language, as a reply that pings nobody', async () => {
      const since = h.fake.requests.length;
      h.fake.messageCreate(`<@${BOT_ID}>`, { mentions: [BOT_ID] });
      const help = await h.fake.waitFor((x) => x.method === 'POST' && x.path === `/channels/${CHANNEL_ID}/messages`, 5000, since);
      assert.doesNotMatch(help.body.content, /Ask about the reports/);
      assert.match(help.body.content, /báo cáo/);
      assert.deepEqual(help.body.allowed_mentions, { parse: [], replied_user: false });
    });
  });
});
