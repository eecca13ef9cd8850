/**
 * End to end: the real discord.js client logs in to a fake Discord on
 * 127.0.0.1; the tests dispatch interactions and messages and assert on what
 * the bot sent back over REST.
 */
import assert from 'node:assert/strict';
import Database from 'libsql';
import { BotDatabase } from '../../src/db/database.ts';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../helpers.ts';
import { SlashCommandBuilder } from 'discord.js';
import { startHarness, type Harness } from './harness.ts';
import { BOT_ID, CHANNEL_ID, GUILD_ID, OTHER_USER, THREAD_ID, USER, type RecordedRequest } from './fake-discord.ts';
import { embedLength } from '../../src/discord/render.ts';
import { BOT, DISCORD } from '../../src/discord/limits.ts';
import { commands, slashCommands } from '../../commands/index.ts';
import type { Command } from '../../src/discord/command.ts';

/** Every message the bot sends stays within Discord's limits and pings nobody unasked. */
function assertLimitsAndNoPings(body: any, allowUser?: string): void {
  const data = body?.type !== undefined && body?.data !== undefined ? body.data : body;
  if (!data || typeof data !== 'object') return;
  if (data.content !== undefined) assert.ok(data.content.length <= DISCORD.content);
  for (const e of data.embeds ?? []) {
    assert.ok((e.description ?? '').length <= DISCORD.embedDescription);
    assert.ok((e.title ?? '').length <= DISCORD.embedTitle);
    assert.ok((e.fields ?? []).length <= DISCORD.fields);
    for (const f of e.fields ?? []) assert.ok(f.name.length <= DISCORD.fieldName && f.value.length <= DISCORD.fieldValue);
    assert.ok(embedLength(e) <= DISCORD.embedTotal);
  }
  if (data.content !== undefined || data.embeds !== undefined) {
    assert.ok(data.allowed_mentions, 'allowed_mentions is always sent');
    assert.deepEqual(data.allowed_mentions.parse, []);
    assert.deepEqual(data.allowed_mentions.users ?? [], allowUser ? [allowUser] : []);
    assert.ok(!data.allowed_mentions.roles?.length);
  }
}

/** What the user sees for an interaction: the reply, or the edit after a deferral (see FakeDiscord#responseTo). */
const callbackOf = (h: Harness, id: string, since = 0) => h.fake.responseTo(id, 5000, since);

describe('Discord bot end to end (fake Discord on 127.0.0.1)', function () {
  this.timeout(30_000);
  let h: Harness;
  const throwing: Command = {
    data: new SlashCommandBuilder().setName('boom').setDescription('fails on purpose'),
    async execute() {
      throw new Error('deliberate failure');
    },
  };

  before(async () => {
    h = await startHarness({ commands: [...commands, throwing] });
  });
  after(async () => {
    await h?.stop();
  });

  it('logs in with only the intents it needs (no Message Content)', () => {
    assert.equal(h.fake.identifies.length, 1);
    const intents = h.fake.identifies[0].intents;
    assert.equal(intents & (1 << 15), 0, 'no MESSAGE_CONTENT intent');
    assert.equal(intents, (1 << 0) | (1 << 9) | (1 << 12));
  });

  it('/ask answers with facts, cited snippets and no pings, in English', async () => {
    const { id } = h.fake.command('ask', { question: 'How many documents did the office issue in 2019?' });
    const r = await callbackOf(h, id);
    assert.equal(r.body.type, 4);
    const e = r.body.data.embeds[0];
    assert.match(e.description, /«[^»]*16\.486 văn bản[^»]*»/);
    // The source that carries the figure: the quoted clause in bold, from its paragraph, with the report's file.
    const fact = (e.fields as { name: string; value: string }[]).find((f) => /\*\*[^*]*16\.486 văn bản[^*]*\*\*/.test(f.value));
    assert.ok(fact, 'a source bolds the quoted figure');
    assert.match(fact.name, /^\[\d\] .* — 2020-01-20, ¶2$/);
    assert.doesNotMatch(fact.value, /\*\*phòng\*\*/, 'fact citations bold the fact, not stray query words');
    assert.match(fact.value, /002_f29c86931a869bbc\.txt/);
    assert.equal(e.footer.text, 'Q: How many documents did the office issue in 2019?');
    assert.equal(r.body.data.flags ?? 0, 0);
    assertLimitsAndNoPings(r.body);
    for (let i = 0; i < 50 && !h.timings.some((t) => t.what === '/ask'); i++) await new Promise((res) => setTimeout(res, 20));
    assert.ok(
      h.timings.some((t) => t.what === '/ask'),
      'time to first response is measured',
    );
  });

  it('/ask in the vi locale answers with Vietnamese labels; private answers are ephemeral', async () => {
    const { id } = h.fake.command('ask', { question: 'ai du dai hoi 2020', private: true }, { locale: 'vi' });
    const r = await callbackOf(h, id);
    const e = r.body.data.embeds[0];
    assert.match(e.description, /Tham dự: «Dự đại hội có lãnh đạo Đảng ủy Khối các cơ quan tỉnh\.» \[\d\]/);
    assert.match(e.footer.text, /^Hỏi: /);
    assert.equal(r.body.data.flags, 64);
    assertLimitsAndNoPings(r.body);
  });

  it('/ask for a user pings only that user; "@everyone" in a question pings nobody', async () => {
    const a = h.fake.command('ask', { question: 'who attended the Tiền Giang conference?', for: OTHER_USER.id }, { resolvedUsers: [OTHER_USER] });
    const ra = await callbackOf(h, a.id);
    assert.equal(ra.body.data.content, `<@${OTHER_USER.id}>`);
    assertLimitsAndNoPings(ra.body, OTHER_USER.id);
    assert.match(ra.body.data.embeds[0].description, /Võ Văn Bình/);
    const b = h.fake.command('ask', { question: '@everyone <@&123456789012345678> who attended?' });
    const rb = await callbackOf(h, b.id);
    assertLimitsAndNoPings(rb.body);
    assert.doesNotMatch(rb.body.data.embeds[0].title, /@everyone/);
  });

  it('/report for a member pings only them, like every answering command', async () => {
    const doc = (await readdir('corpus'))[0];
    const r = await callbackOf(h, h.fake.command('report', { id: doc, for: OTHER_USER.id }, { resolvedUsers: [OTHER_USER] }).id);
    assert.equal(r.body.data.content, `<@${OTHER_USER.id}>`);
    assertLimitsAndNoPings(r.body, OTHER_USER.id);
    for (const c of slashCommands.filter((x) => !['help', 'reports', 'reindex', 'stats', 'settings'].includes(x.data.name)))
      assert.ok(
        c.data.toJSON().options?.some((o) => o.name === 'for'),
        `/${c.data.name} has "for"`,
      );
  });

  it('/who-attended autocompletes meetings accent-insensitively and answers for the chosen one', async () => {
    const ac = h.fake.autocomplete('who-attended', [{ name: 'meeting', value: 'tien giang', focused: true }]);
    const r = await callbackOf(h, ac.id);
    assert.equal(r.body.type, 8);
    const choices = r.body.data.choices;
    assert.equal(choices.length, 1);
    assert.equal(choices[0].value, '004_9ae70288774619cd.txt');
    assert.match(choices[0].name, /2019-03-08/);
    const all = await callbackOf(h, h.fake.autocomplete('who-attended', [{ name: 'meeting', value: '', focused: true }]).id);
    assert.equal(all.body.data.choices.length, 5);
    for (const c of all.body.data.choices) assert.ok(c.name.length <= 100 && c.value.length <= 100);
    const cmd = await callbackOf(h, h.fake.command('who-attended', { meeting: '004_9ae70288774619cd.txt' }).id);
    const e = cmd.body.data.embeds[0];
    assert.match(e.description, /Võ Văn Bình, Phó Bí thư Thường trực Tỉnh ủy/);
    assert.doesNotMatch(e.description, /Vũ Hồng Bắc/);
    const every = await callbackOf(h, h.fake.command('who-attended').id);
    assert.match(every.body.data.embeds[0].description, /Vũ Hồng Bắc[\s\S]*Võ Văn Bình/);
  });

  it('/how-many offers the kinds of figures the corpus has, and answers them', async () => {
    const ac = await callbackOf(h, h.fake.autocomplete('how-many', [{ name: 'what', value: 'van ban', focused: true }], 'vi').id);
    // Suggestions are named in the user's language; their values are the kinds' ids, which the command passes on as they are.
    const values = ac.body.data.choices.map((c: any) => c.value);
    assert.ok(values.includes('documents-issued') && values.includes('documents-received'), values.join());
    assert.ok(!values.includes('meetings'));
    assert.ok(ac.body.data.choices.every((c: any) => c.name.length <= 100 && c.value.length <= 100));
    const picked = await callbackOf(h, h.fake.command('how-many', { what: 'meetings' }).id);
    assert.match(picked.body.data.embeds[0].description, /1\.881[\s\S]*483|483[\s\S]*1\.881/);
    // Words typed freely are read for the kind of figure, in their own language.
    const typed = await callbackOf(h, h.fake.command('how-many', { what: 'meetings served' }).id);
    assert.match(typed.body.data.embeds[0].description, /1\.881[\s\S]*483|483[\s\S]*1\.881/);
    assert.equal(typed.body.data.embeds[0].title, 'How many: meetings served');
    const reports = await callbackOf(h, h.fake.command('how-many', { what: 'reports' }).id);
    assert.match(reports.body.data.embeds[0].description, /5 reports/);
  });

  it('/search pages its sources with buttons whose state survives in the custom id', async () => {
    const { id } = h.fake.command('search', { query: 'văn phòng tỉnh', limit: 10 });
    const r = await callbackOf(h, id);
    const data = r.body.data;
    assert.equal(data.embeds[0].fields.length, 5);
    const more = data.components[0].components.find((c: any) => c.custom_id?.startsWith('v2:src:'));
    assert.match(more.custom_id, /^v2:src:1:[\w-]{8}$/);
    assertLimitsAndNoPings(r.body);
    // Click "More sources" on the message as Discord would deliver it.
    const message = { ...h.fake.message(data), embeds: data.embeds, components: data.components };
    const click = await callbackOf(h, h.fake.button(more.custom_id, message).id);
    assert.equal(click.body.type, 7);
    const fields = click.body.data.embeds[0].fields;
    assert.equal(fields.length, 5);
    assert.match(fields[0].name, /^\[6\]/);
    assertLimitsAndNoPings(click.body);
  });

  it('votes are written to the database once per member per answer', async () => {
    const r = await callbackOf(h, h.fake.command('ask', { question: 'who attended the 2020 congress?' }).id);
    const message = { ...h.fake.message(r.body.data), embeds: r.body.data.embeds, components: r.body.data.components };
    const ids = r.body.data.components[0].components.map((c: any) => c.custom_id as string);
    const up = ids.find((x: string) => x.startsWith('v2:vote:up:'))!;
    const down = ids.find((x: string) => x.startsWith('v2:vote:down:'))!;
    // What the vote records comes from the answer's kept state: a message stripped of its embed still votes the same.
    const bare = { ...message, embeds: [] };
    const first = await callbackOf(h, h.fake.button(up, bare, undefined, USER).id);
    assert.match(first.body.data.content, /Thanks for the feedback! Your vote: 👍/);
    assert.equal(first.body.data.flags, 64);
    const again = await callbackOf(h, h.fake.button(down, message, undefined, USER).id);
    // The vote shown is the one that counts: the 👍 cast first, not the 👎 just clicked.
    assert.match(again.body.data.content, /You already voted on this answer: 👍/);
    const mine = h.query('SELECT * FROM votes WHERE message = ?', message.id);
    assert.equal(mine.length, 1);
    assert.deepEqual(
      [mine[0].vote, mine[0].question, mine[0].intent, JSON.parse(mine[0].reports), mine[0].guild],
      ['up', 'who attended the 2020 congress?', 'attendees', ['001_b3723bb827f40c3b.txt'], GUILD_ID],
    );
    // Who voted is a salted hash, the same for the same member, never the id.
    assert.equal(h.query('SELECT count(*) AS n FROM votes WHERE user_key = ?', USER.id)[0].n, 0);
    const sameInstall = BotDatabase.open({ path: h.databaseFile }); // the install's salt is in the database
    try {
      assert.equal(mine[0].user_key, sameInstall.userKey(USER.id));
      assert.notEqual(mine[0].user_key, sameInstall.userKey(OTHER_USER.id));
    } finally {
      sameInstall.close();
    }
  });

  it('a vote on a private answer does not keep the question', async () => {
    const lastBefore = h.query('SELECT coalesce(max(id), 0) AS id FROM questions')[0].id;
    const r = await callbackOf(h, h.fake.command('ask', { question: 'ai chủ trì hội nghị ở Tiền Giang?', private: true }).id);
    assert.equal(r.body.data.flags, 64);
    const message = { ...h.fake.message(r.body.data), embeds: r.body.data.embeds, components: r.body.data.components };
    const up = r.body.data.components[0].components.map((c: any) => c.custom_id as string).find((x: string) => x.startsWith('v2:vote:up:'));
    await callbackOf(h, h.fake.button(up, message, undefined, USER).id);
    const vote = h.query('SELECT * FROM votes WHERE message = ?', message.id)[0];
    assert.deepEqual([vote.vote, vote.question], ['up', '']);
    // Nor does the question log: the private question is counted, its words are not kept.
    const logged = h.query('SELECT question, intent FROM questions WHERE id > ?', lastBefore);
    assert.deepEqual(logged, [{ question: '', intent: 'chair' }]);
  });

  it('old or foreign buttons get a polite answer', async () => {
    for (const id of ['something-else:42', 'v1:src:1:s10', 'v2:src:1:unknownKey1', 'v2:vote:up:unknownKey1']) {
      const r = await callbackOf(h, h.fake.button(id, h.fake.message({})).id);
      assert.match(r.body.data.content, /older answer/, id);
      assert.equal(r.body.data.flags, 64);
    }
  });

  it('"More sources" shares the questions\' cooldown: a member clicking fast is asked to wait, and the page is not made', async () => {
    const clicker = { ...USER, id: '1300000000000000055', username: 'clicker' };
    const r = await callbackOf(h, h.fake.command('search', { query: 'văn phòng tỉnh', limit: 10 }, { user: clicker }).id);
    const more = r.body.data.components[0].components.find((c: any) => c.custom_id?.startsWith('v2:src:'));
    const message = { ...h.fake.message(r.body.data), embeds: r.body.data.embeds, components: r.body.data.components };
    const replies: any[] = [];
    for (let i = 0; i < BOT.cooldownMax; i++) replies.push(await callbackOf(h, h.fake.button(more.custom_id, message, undefined, clicker).id));
    // The search was the first of the member's five; four pages follow, and the fifth click is one too many.
    assert.deepEqual(
      replies.map((x) => x.body.type),
      [7, 7, 7, 7, 4],
    );
    assert.match(replies[4].body.data.content, /wait|slow/i);
    assert.equal(replies[4].body.data.flags, 64);
  });

  it('/reports lists the corpus and /report shows one report’s facts with sources', async () => {
    const list = await callbackOf(h, h.fake.command('reports').id);
    assert.equal(list.body.data.embeds[0].fields.length, 5);
    assert.match(list.body.data.embeds[0].title, /5 reports/);
    const one = await callbackOf(h, h.fake.command('report', { id: '002_f29c86931a869bbc.txt' }).id);
    const e = one.body.data.embeds[0];
    assert.match(e.description, /Nguyễn Long Hải/);
    assert.match(e.description, /16\.486 văn bản/);
    assert.match(e.description, /Bích Diệp/);
    const missing = await callbackOf(h, h.fake.command('report', { id: 'nope.txt' }).id);
    assert.match(missing.body.data.content, /no report/);
  });

  it('/help answers in the user’s language', async () => {
    const r = await callbackOf(h, h.fake.command('help', {}, { locale: 'vi' }).id);
    assert.match(r.body.data.embeds[0].description, /ai dự đại hội năm 2020/);
    assert.match(r.body.data.embeds[0].title, /Trợ giúp/);
  });

  it('/reindex refuses members without Manage Server and defers, then edits, for those with it', async () => {
    const no = await callbackOf(h, h.fake.command('reindex').id);
    assert.match(no.body.data.content, /Manage Server/);
    const since = h.fake.requests.length;
    const { id, token } = h.fake.command('reindex', {}, { permissions: String(1 << 5) });
    const deferred = await h.fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`), 5000, since);
    assert.equal(deferred.body.type, 5);
    assert.equal(deferred.body.data.flags, 64);
    const edit = await h.fake.waitFor((r) => r.method === 'PATCH' && r.path.includes(token), 10_000, since);
    assert.match(edit.body.content, /Re-indexed 5 reports/);
    assertLimitsAndNoPings(edit.body);
  });

  it('answers a mention as a reply, ignores bots and messages that do not mention it', async () => {
    const before = h.fake.requests.length;
    h.fake.messageCreate('hello everyone', { mentions: [] });
    h.fake.messageCreate(`<@${BOT_ID}> who attended?`, { mentions: [BOT_ID], author: { ...OTHER_USER, id: '1500000000000000009', bot: true } });
    h.fake.messageCreate('@everyone ai dự?', { mentions: [] });
    const { id } = h.fake.messageCreate(`<@${BOT_ID}> ai dự đại hội năm 2020?`, { mentions: [BOT_ID] });
    const r = await h.fake.waitFor((x) => x.method === 'POST' && x.path === `/channels/${CHANNEL_ID}/messages`, 5000, before);
    assert.equal(r.body.message_reference.message_id, id);
    assert.match(r.body.embeds[0].description, /lãnh đạo Đảng ủy Khối các cơ quan tỉnh/);
    assertLimitsAndNoPings(r.body);
    assert.equal(r.body.allowed_mentions.replied_user, false);
    await new Promise((res) => setTimeout(res, 300));
    assert.equal(h.fake.requests.slice(before).filter((x) => x.path.endsWith('/messages') && x.method === 'POST').length, 1, 'only the mention is answered');
    const s2 = h.fake.requests.length;
    h.fake.messageCreate(`<@!${BOT_ID}>`, { mentions: [BOT_ID] });
    const help = await h.fake.waitFor((x) => x.path === `/channels/${CHANNEL_ID}/messages`, 5000, s2);
    assert.match(help.body.content, /Ask about the reports/);
  });

  it('answers a direct message', async () => {
    const before = h.fake.requests.length;
    const dm = '1600000000000000001';
    h.fake.messageCreate('how many reports are there?', { guild: false, channelId: dm });
    const r = await h.fake.waitFor((x) => x.path === `/channels/${dm}/messages`, 5000, before);
    assert.match(r.body.embeds[0].description, /5 reports/);
  });

  it('a failing handler answers with an error id and the bot keeps serving', async () => {
    const r = await callbackOf(h, h.fake.command('boom').id);
    assert.match(r.body.data.content, /error id `[0-9a-f]{8}`/);
    assert.equal(r.body.data.flags, 64);
    const next = await callbackOf(h, h.fake.command('ask', { question: 'how many reports are there?' }, { user: OTHER_USER }).id);
    assert.match(next.body.data.embeds[0].description, /5 reports/);
  });

  it('a user who asks too fast is asked to wait, politely', async () => {
    const user = { ...USER, id: '1400000000000000077' };
    const ids = Array.from({ length: 6 }, () => h.fake.command('ask', { question: 'how many reports?' }, { user }).id);
    const bodies = await Promise.all(ids.map((id) => callbackOf(h, id)));
    const waits = bodies.filter((b) => /please wait/.test(b.body.data.content ?? ''));
    assert.equal(waits.length, 1);
    assert.equal(waits[0].body.data.flags, 64);
  });

  it('reconnects after the gateway connection drops and answers the next interaction', async () => {
    const sessionsBefore = h.fake.resumes + h.fake.identifies.length;
    h.fake.dropConnections();
    const deadline = Date.now() + 15_000;
    while (h.fake.resumes + h.fake.identifies.length === sessionsBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(h.fake.resumes + h.fake.identifies.length > sessionsBefore, 'resumed or identified again');
    assert.equal(h.fake.connected, 1);
    const r = await callbackOf(h, h.fake.command('ask', { question: 'who wrote the report on the congress?' }, { user: OTHER_USER }).id, 0);
    assert.match(r.body.data.embeds[0].description, /ĐỖ HOẠT/);
  });

  it('answers well inside the 3-second window (time to first response recorded)', () => {
    const asks = h.timings.filter((t) => t.what.startsWith('/'));
    assert.ok(asks.length >= 10);
    for (const t of asks) assert.ok(t.ms < DISCORD.interactionWindowMs, `${t.what}: ${t.ms} ms`);
  });
});

export type { RecordedRequest };

describe('Discord bot end to end: a vote that cannot be written', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    const dataDir = await tempDir();
    // A database whose every vote write fails, as on a full disk.
    BotDatabase.open({ path: join(dataDir, 'bot.db') }).close();
    const db = new Database(join(dataDir, 'bot.db'));
    db.exec("CREATE TRIGGER no_votes BEFORE INSERT ON votes BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    db.close();
    h = await startHarness({ dataDir });
  });
  after(async () => h?.stop());

  it('is reported to the voter as not saved, with an error id, and never as "already voted"', async () => {
    const r = await callbackOf(h, h.fake.command('ask', { question: 'who attended the 2020 congress?' }).id);
    const message = { ...h.fake.message(r.body.data), embeds: r.body.data.embeds, components: r.body.data.components };
    const up = r.body.data.components[0].components.map((c: any) => c.custom_id as string).find((x: string) => x.startsWith('v2:vote:up:'));
    for (let i = 0; i < 2; i++) {
      const vote = await callbackOf(h, h.fake.button(up, message, undefined, USER).id);
      assert.match(vote.body.data.content, /your vote could not be saved; please try again later\. Error id `[0-9a-f]{8}`/);
      assert.doesNotMatch(vote.body.data.content, /already voted/);
      assert.equal(vote.body.data.flags, 64);
    }
  });
});

describe('Discord bot end to end: follow-ups', function () {
  this.timeout(30_000);
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => h?.stop());
  const text = (r: RecordedRequest) => r.body.data.embeds?.[0]?.description ?? r.body.data.content ?? '';

  it('in a channel, a member\'s "and in 2015?" is read with their previous question and says so; another member\'s is not', async () => {
    const first = await callbackOf(h, h.fake.command('ask', { question: 'who attended the 2020 congress?' }, { user: USER }).id);
    assert.doesNotMatch(text(first), /previous question/);
    const follow = await callbackOf(h, h.fake.command('ask', { question: 'and in 2015?' }, { user: USER }).id);
    assert.match(text(follow), /Taking it with the previous question: “who attended the 2015 congress\?”/);
    const other = await callbackOf(h, h.fake.command('ask', { question: 'and in 2015?' }, { user: OTHER_USER }).id);
    assert.doesNotMatch(text(other), /previous question/);
  });

  it('in a thread, everyone shares the conversation: "who chaired it?" asks about the meeting just answered', async () => {
    const first = await callbackOf(h, h.fake.command('ask', { question: 'ai dự đại hội năm 2020?' }, { user: USER, channelId: THREAD_ID }).id);
    const cited = first.body.data.embeds[0].fields.map((f: any) => f.value as string);
    const follow = await callbackOf(h, h.fake.command('ask', { question: 'ai chủ trì đại hội đó?' }, { user: OTHER_USER, channelId: THREAD_ID }).id);
    assert.match(text(follow), /Hiểu là cuộc họp của câu trả lời trước: /);
    const doc = /`([^`]+)`/.exec(cited[0])?.[1];
    assert.ok(follow.body.data.embeds[0].fields?.length > 0);
    for (const f of follow.body.data.embeds[0].fields) assert.ok(f.value.includes(`\`${doc}\``), 'every source is the meeting of the previous answer');
  });

  it('a question with typos is answered, and says first how it was read', async () => {
    const r = await callbackOf(h, h.fake.command('ask', { question: 'who atended the 2020 congres?' }).id);
    assert.match(text(r), /^Reading “atended” as “attended”, “congres” as “congress”\./);
    assert.match(text(r), /Đảng ủy Khối các cơ quan tỉnh/);
  });

  it('a mention follows up the same way', async () => {
    const u = { ...USER, id: '1300000000000000077', username: 'mentioner' };
    h.fake.messageCreate(`<@${BOT_ID}> who attended the 2020 congress?`, { mentions: [BOT_ID], author: u });
    await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages` && /2020/.test(JSON.stringify(r.body)), 5000);
    const since = h.fake.requests.length;
    h.fake.messageCreate(`<@${BOT_ID}> and in 2015?`, { mentions: [BOT_ID], author: u });
    const reply = await h.fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`, 5000, since);
    assert.match(JSON.stringify(reply.body), /Taking it with the previous question/);
  });
});
